// postcss-import writes a page's stylesheet and the component sheets it @imports into one file (app/explorer.css):
// Turbopack would make each @import a render-blocking stylesheet of its own, and the explorer's first paint would
// wait for all of them (issue 22). Lightning CSS still minifies and prefixes; no other transform runs.
const config = {
  plugins: {
    "postcss-import": {},
  },
};

export default config;
