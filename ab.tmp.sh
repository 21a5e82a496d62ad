#!/bin/bash
# usage: ab.tmp.sh N datadir  -> alternates A (/tmp/wtA) and B (/work/main), prints per-stage min/median
N=${1:-6}; D=${2:-/work/main/bench/.data}
rm -f /tmp/ab.A /tmp/ab.B
for i in $(seq $N); do
  (cd /tmp/wtA && node stages.tmp.mjs $D /tmp/xa.json >> /tmp/ab.A)
  (cd /work/main && node stages.tmp.mjs $D /tmp/xb.json >> /tmp/ab.B)
done
node -e '
const fs=require("fs");for (const k of ["A","B"]) { const rows=fs.readFileSync("/tmp/ab."+k,"utf8").trim().split("\n").map(l=>Object.fromEntries([...l.matchAll(/(\w+) ([\d.]+)/g)].map(m=>[m[1],+m[2]])));
const out=[];for (const s of Object.keys(rows[0])) { const v=rows.map(r=>r[s]).sort((a,b)=>a-b); out.push(`${s} ${v[0].toFixed(2)}/${v[Math.floor(v.length/2)].toFixed(2)}`)} console.log(k, out.join("  ")) }'
