#!/bin/bash
cd /work/wt-dev33a-run && git checkout -q --detach 1e041c17d675889f6684a2ca74681a736583d907 && \
/tmp/d33a/full.sh 1e041c17d675889f6684a2ca74681a736583d907 sel-inc2
