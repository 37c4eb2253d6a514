/**
 * V8 flags of the `oer-studio` process (the launcher starts Node again with them).
 *
 * An export renders one lesson after another: each makes a few megabytes of short-lived
 * garbage (JSON, a document tree, HTML), and the live heap stays near 30 MB whatever the
 * course size. With V8's defaults the young generation grows to 48 MB and the old one to
 * 170 MB before collecting, and a 400-lesson SCORM export peaked at 296 MB of RSS. A 1 MB
 * semi-space and a heap that grows by 20% over what is live keep it near 140 MB (see
 * `npm run bench`). Neither is a hard limit: a course that needs more heap gets it.
 */
export const NODE_FLAGS = ['--max-semi-space-size=1', '--heap-growing-percent=20'];
