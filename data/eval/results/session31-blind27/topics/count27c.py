"""Counts of candidate subjects (broad forms) in the slice, for the twenty-seventh group's subjects."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

P = mt.load_slice()
def show(name, forms, n=80):
    ids = mt.lexical(P, forms)
    print(f"== {name}: {len(ids)}")
    for i in list(ids)[:n]:
        print("  ", i, P[i]["title"][:110])
show("HAR", [("activity recognition","action recognition","行为识别","动作识别","活动识别","HAR","IMU","wearable","可穿戴","WiFi sensing","CSI","accelerometer","加速度计")])
show("AR/VR", [("augmented reality","virtual reality","增强现实","虚拟现实","mixed reality","混合现实","AR glasses","headset","头显","XR")])
show("object pose", [("6D","6-DoF","6DoF","object pose","物体位姿","物体姿态","位姿估计","pose estimation","姿态估计")])
show("SLAM", [("SLAM","同时定位与建图","odometry","里程计")])
show("grasp", [("grasp","抓取","dexterous","灵巧手")])
show("action recognition", [("action recognition","动作识别","行为识别")])
