import { describe, expect, it } from 'vitest'
import { closestName, didYouMean, editDistance } from './suggest.js'

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'dev', 3],
    ['dev', '', 3],
    ['dev', 'dev', 0],
    ['stagin', 'staging', 1],
    ['dve', 'dev', 1],
    ['stagnig', 'staging', 1],
    ['prdo', 'prod', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
    ['production', 'prod', 6],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
    expect(editDistance(b, a)).toBe(distance)
  })
})

describe('closestName', () => {
  const environments = ['dev', 'staging', 'prod']
  it.each([
    ['stagin', 'staging'],
    ['Staging', 'staging'],
    ['STAGNIG', 'staging'],
    ['dve', 'dev'],
    ['prd', 'prod'],
    ['prdo', 'prod'],
    ['production', undefined],
    ['qa', undefined],
    ['x', undefined],
    ['', undefined],
    ['sit', undefined],
  ])('%j → %j', (word, expected) => {
    expect(closestName(word, environments)).toBe(expected)
  })

  it('prefers the nearest of several', () => {
    expect(closestName('stage', ['stages', 'staging'])).toBe('stages')
  })

  it('keeps the candidate as written', () => {
    expect(closestName('devv', ['Dev'])).toBe('Dev')
  })
})

describe('didYouMean', () => {
  it.each([
    ['patern', ['pattern', 'value'], 'did you mean "pattern"? '],
    ['sufix', ['latest', 'prefix', 'suffix'], 'did you mean "suffix"? '],
    ['zzz', ['pattern'], ''],
  ])('%j', (word, candidates, text) => {
    expect(didYouMean(word, candidates)).toBe(text)
  })
})
