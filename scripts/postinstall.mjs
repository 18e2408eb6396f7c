#!/usr/bin/env node
// After `npm ci` / `npm install`: one line explaining npm's EBADENGINE warnings when npm itself ran on a Node
// older than the site needs. npm checks packages' engines against the Node it runs on (no setting changes that);
// the site's scripts run on the Node 24 this install put in node_modules/.bin/node, so the warnings are expected.
const ranOn = /\bnode\/v(\d+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
if (ranOn && Number(ranOn) < 22)
  console.log(
    `\nNote: the "npm warn EBADENGINE" lines above are expected and harmless. npm ran on Node ${ranOn}; every npm script runs on the Node ${process.versions.node} installed in node_modules/.bin/node.`,
  );
