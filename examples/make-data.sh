#!/usr/bin/env bash
# Makes the small datasets the example jobs read, in /tmp/sepyarn-examples (or $1), with the
# example programs themselves. Then, for instance:
#   bin/sepyarn submit --embedded examples/jobs/patch-smooth.json
# On a cluster, copy the folder to the same path in HDFS (hdfs dfs -put) and submit there.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${1:-/tmp/sepyarn-examples}
mkdir -p "$dir"
cd "$dir"
export DATAPATH=$dir/
tool() { "$top/bin/sepyarn" tool "$@"; }

# A 2-D section of dipping plane waves with a few spikes: 400 time samples x 200 traces.
tool spike n1=400 n2=200 d1=0.004 d2=12.5 o2=0 label1=time unit1=s label2=offset unit2=m \
  plane=y p2=0.5 freq=25 > waves.H
# A constant velocity model for the shot modeller: 100 x 200 cells of 10 m at 1800 m/s.
tool spike n1=100 n2=200 d1=10 d2=10 label1=depth unit1=m label2=x unit2=m mag=1800 > vel.H
# An interpolation problem for `sepyarn solve` (examples/problems/interp-reg.json): 300 points at
# pseudo-random places on a 40-sample line (the same places every run), each the value of a smooth
# bump there, and a zero starting model on the 40-sample grid.
positions=$(awk 'BEGIN { srand(7); for (i = 0; i < 300; i++) printf "%s%.4f", (i ? "," : ""), rand() * 39 }')
tool spike n1=1 n2=300 label2=point k1=1 k2=$(seq -s, 1 300) mag="$positions" > coord.H
tool spike plane=y n1=40 n2=1 d1=1 k1=20 freq=0.06 label1=x > bump.H
tool interp model=bump.H coord=coord.H data=values.H
tool spike n1=40 n2=1 d1=1 label1=x mag=0 > m0.H
echo "made waves.H, vel.H, and coord.H, values.H, m0.H (the solve's) in $dir"
