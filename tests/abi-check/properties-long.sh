#!/bin/sh
# The property tests of test_properties.py, run longer than ctest runs them:
# PROPERTY_EXAMPLES examples per property (default 2000) from a random seed
# (printed, so a failure can be replayed with PROPERTY_SEED=<seed>).
# Needs a python3 with hypothesis, yaml and pycparser (Debian:
# python3-hypothesis python3-yaml python3-pycparser) and clang.
set -eu
cd "$(dirname "$0")"
py=${PYTHON:-/usr/bin/python3}
PROPERTY_EXAMPLES=${PROPERTY_EXAMPLES:-2000}
PROPERTY_SEED=${PROPERTY_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
export PROPERTY_EXAMPLES PROPERTY_SEED
echo "properties-long: $PROPERTY_EXAMPLES examples per property, PROPERTY_SEED=$PROPERTY_SEED"
exec "$py" -m unittest -v test_properties "$@"
