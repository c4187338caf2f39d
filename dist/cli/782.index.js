export const id = 782;
export const ids = [782];
export const modules = {

/***/ 53782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ positionAt)
/* harmony export */ });
/**
 * Where `offset` (a UTF-16 index into `text`) sits, in lines and columns counted from 1. Positions
 * are all an error about a secret-bearing file may give (issue 12), so the readers that cannot quote
 * their input (Docker config JSON, YAML past a budget) share this one count.
 */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
        line++;
        lineStart = newline + 1;
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ })

};
