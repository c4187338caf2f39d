/** OCI content model: media types, descriptors, manifests and digests. Imports only `ref/` and `errors`. */
export * from './media-types.js'
export * from './descriptor.js'
export * from './digest.js'
export * from './errors.js'
export * from './manifest.js'
export * from './image-graph.js'
export * from './graph-walk.js'
export * from './referrers.js'
