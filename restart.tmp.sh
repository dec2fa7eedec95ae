#!/bin/bash
cd /work/main
fuser -k 3600/tcp >/dev/null 2>&1
npm run build > /tmp/build.log 2>&1 || { tail -30 /tmp/build.log; exit 1; }
(PORT=3600 npm start > /tmp/main-server.log 2>&1 &)
sleep 3
