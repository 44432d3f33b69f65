"""The orgs of issue 18 that once defeated the rules, as CSV: python3 gen.py KIND N [DIR] (writes DIR/KIND-N.csv).
The same orgs as src/test/java/org/orgrules/ScaleOrgs.java.

chain  - N 生产经理, each reporting to the one before, the first to the 总经理
heads  - N 生产总监 and N 生产经理 under the 总经理, and 10 技术员 of the 技术部 (K2.4 direction)
nomgr  - one director per function and N people of seven titles, none of whom names a manager
mxn    - N 生产总监 and N 生产经理, none of whom names a manager (K2.3 infers N lines for each manager: a K2.2 violation)
direct - N 生产总监 of N distinct units (华东1区生产总监 …) and N distinct titles of the 技术部 (一组技术员 …),
         three holders each, all under the 总经理 of one company (K2.4 direction: N directors × N titles)
Every file also has three planted violations: an unknown manager, a self-manager, a manager under a supervisor.
"""
import sys
import os
kind, n = sys.argv[1], int(sys.argv[2])
out = open(os.path.join(sys.argv[3] if len(sys.argv) > 3 else ".", f"{kind}-{n}.csv"), "w", encoding="utf-8")
row = lambda i, name, title, dept, mgr: out.write(f"{i},{name},{title},{dept},甲公司,{mgr}\n")
out.write("id,name,title,department,company,manager_id\n")
row("gm", "总经理甲", "总经理", "总经办", "")
if kind == "chain":
    prev = "gm"
    for i in range(n):
        row(f"m{i}", f"经理{i}", "生产经理", "生产部", prev); prev = f"m{i}"
elif kind == "heads":
    for i in range(n):
        row(f"d{i}", f"总监{i}", "生产总监", "生产部", "gm")
    for i in range(n):
        row(f"m{i}", f"经理{i}", "生产经理", "生产部", "gm")
    for i in range(10):
        row(f"t{i}", f"技术员{i}", "技术员", "技术部", "gm")
elif kind == "nomgr":
    for t in ["生产总监", "技术总监", "质检总监", "产品总监"]:
        row(t, t + "甲", t, t[:2] + "部", "")
    titles = ["生产经理", "技术经理", "质检经理", "产品经理", "生产主管", "技术员", "质检员"]
    for i in range(n):
        t = titles[i % len(titles)]
        row(f"p{i}", f"员工{i}", t, t[:2] + "部", "")
elif kind == "mxn":
    for i in range(n):
        row(f"d{i}", f"总监{i}", "生产总监", "生产部", "")
    for i in range(n):
        row(f"m{i}", f"经理{i}", "生产经理", "生产部", "")
elif kind == "direct":
    for i in range(n):
        row(f"d{i}", f"总监{i}", f"华东{i}区生产总监", "生产部", "gm")
    for i in range(n):
        for j in range(3):
            row(f"t{i}-{j}", f"技术员{i}-{j}", f"{i}组技术员", "技术部", "gm")
row("x1", "无主", "生产经理", "生产部", "nobody")     # K6.2: the manager named is not in the facts
row("x2", "自管", "生产经理", "生产部", "x2")         # K6.2: their own manager
row("x3", "主管甲", "生产主管", "生产部", "gm")
row("x4", "倒挂", "生产经理", "生产部", "x3")         # K3.1: a manager under a supervisor
