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
echo "made waves.H and vel.H in $dir"
