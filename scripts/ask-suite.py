#!/usr/bin/env python3
# Writes rules/tests/ask/as-people-ask.yaml (run from the project root): the phrasings people use, over the
# people and titles of facts/huaxia.yaml, with the answers the article and the facts give.
import json
name = {"gm":"陈建国","zhang":"张伟","li":"李明","wang":"王芳","zhao":"赵磊","lin":"林强","ma":"马小军","zhou":"周婷","wu":"吴静","zheng":"郑浩","xu":"徐鹏","qian":"钱丽","he":"何勇","guo":"郭敏","huang":"黄磊"}
trad = {"陈建国":"陳建國","张伟":"張偉","李明":"李明","王芳":"王芳","赵磊":"趙磊","周婷":"周婷","吴静":"吳靜","郑浩":"鄭浩","钱丽":"錢麗"}
cases = []  # (name, [expect dicts])
def q(s): return json.dumps(s, ensure_ascii=False)
def add(case, items): cases.append((case, items))

# ---- seniority of people
sen = [("zhang","li","FIRST_SENIOR"),("li","zhang","SECOND_SENIOR"),("zheng","wu","FIRST_SENIOR"),("wu","zheng","SECOND_SENIOR"),
       ("zhou","zheng","PEERS"),("zhou","wu","FIRST_SENIOR"),("gm","zhang","FIRST_SENIOR"),("wang","zhao","PEERS"),("qian","he","FIRST_SENIOR")]
forms_zh = ["{a}和{b}哪个大?","{a}和{b}谁大?","{a}比{b}大吗?","{a}大还是{b}大?","{a}的级别比{b}高吗?","{a}跟{b}比谁的职位更高?","{a}与{b}谁的级别高?","{a}和{b}哪个级别高？"]
forms_en = ["Who is senior, {a} or {b}?","Does {a} outrank {b}?","{a} vs {b}, who ranks higher?","Is {a} senior to {b}?","Which ranks higher, {a} or {b}?"]
items=[]
for a,b,ans in sen:
    for f in forms_zh[:6]:
        items.append({"ask": f.format(a=name[a], b=name[b]), "answer": ans})
    for f in forms_en[:3]:
        items.append({"ask": f.format(a=a, b=b), "answer": ans})
add("People compared by name and by id, as people ask it", items)

# peers answers for same-level questions
items=[]
for a,b,ans in [("zhou","zheng","PEERS"),("wang","zhao","PEERS"),("li","wu","PEERS"),("zhang","li","FIRST_SENIOR")]:
    for f in ["Is {a} at the same level as {b}?","Are {a} and {b} peers?"]:
        items.append({"ask": f.format(a=a,b=b), "answer": ans})
    for f in ["{a}和{b}是平级吗?","{a}跟{b}同级吗?","{a}和{b}级别一样吗?"]:
        items.append({"ask": f.format(a=name[a],b=name[b]), "answer": ans})
add("Same level or not", items)

# ---- titles
tt = [("生产总监","生产经理","FIRST_SENIOR"),("产品经理","技术总监","SECOND_SENIOR"),("产品总监","技术总监","PEERS"),("总经理","生产总监","FIRST_SENIOR"),("产品总监","产品经理","FIRST_SENIOR")]
items=[]
for a,b,ans in tt:
    for f in forms_zh:
        items.append({"ask": f.format(a=a,b=b), "answer": ans})
add("Titles compared as the article asks", items)
tt_trad = [("生產總監","生產經理","FIRST_SENIOR"),("產品經理","技術總監","SECOND_SENIOR"),("產品總監","技術總監","PEERS")]
items=[]
for a,b,ans in tt_trad:
    for f in ["{a}和{b}哪個大?","{a}和{b}誰大?","{a}比{b}大嗎?","{a}的級別比{b}高嗎?","{a}與{b}誰的級別高?"]:
        items.append({"ask": f.format(a=a,b=b), "answer": ans})
add("Titles compared in traditional Chinese", items)
tt_en = [("production director","production manager","FIRST_SENIOR"),("product manager","technical director","SECOND_SENIOR"),("product director","technical director","PEERS")]
items=[]
for a,b,ans in tt_en:
    for f in ["Who is senior, the {a} or the {b}?","Does the {a} outrank the {b}?","{a} vs {b}, who ranks higher?","Is the {a} at the same level as the {b}?","Which ranks higher, a {a} or a {b}?","Is the {a} higher than the {b}?"]:
        items.append({"ask": f.format(a=a,b=b), "answer": ans})
add("Titles compared in English", items)

# ---- whom one reports to
mgr = {"li":["zhang","sun"],"wang":["zhang"],"zhao":["zhang"],"wu":["zhou"],"xu":["zheng"],"he":["qian"],"lin":["li"],"ma":["wang"],"zhang":["gm"],"zhou":["gm"],"zheng":["gm"],"qian":["gm"]}
items=[]
for p,ms in mgr.items():
    for f in ["{a}向谁汇报?","{a}的上级是谁?","谁是{a}的上级?","{a}归谁管?"]:
        items.append({"ask": f.format(a=name[p]), "managers": ms})
    for f in ["Who does {a} report to?","Who is {a}'s manager?"]:
        items.append({"ask": f.format(a=p), "managers": ms})
add("Whom one reports to, by name and by id", items)
items=[]
for p in ["li","wang","zhou","zheng"]:
    items.append({"ask": "%s向誰匯報?" % trad.get(name[p], name[p]), "managers": mgr[p]})
    items.append({"ask": "%s的上級是誰?" % trad.get(name[p], name[p]), "managers": mgr[p]})
items.append({"ask":"李经理向谁汇报?","managers":["zhang","sun"]})
items.append({"ask":"王经理向谁汇报?","managers":["zhang"]})
items.append({"ask":"赵经理的上级是谁?","managers":["zhang"]})
items.append({"ask":"周总监向谁汇报?","managers":["gm"]})
items.append({"ask":"郑总监归谁管?","managers":["gm"]})
items.append({"ask":"钱经理向谁汇报?","managers":["gm"]})
add("Whom one reports to, in traditional Chinese and by surname and title", items)

# ---- superior / subordinate yes-no
yn = [("li","zhang",True),("wang","zhang",True),("ma","zhang",True),("lin","gm",True),("wu","zhang",False),("xu","zhou",False),("he","qian",True),("emily","zheng",False)]
items=[]
for a,b,ans in yn:
    na = name.get(a,a); nb = name.get(b,b)
    items.append({"ask": "%s是%s的上级吗?" % (nb, na), "answer": ans})
    items.append({"ask": "%s是%s的下属吗?" % (na, nb), "answer": ans})
    items.append({"ask": "%s是否向%s汇报?" % (na, nb), "answer": ans})
    items.append({"ask": "Does %s report to %s?" % (a, b), "answer": ans})
    items.append({"ask": "Is %s %s's manager?" % (b, a), "answer": ans})
add("Superior and subordinate, asked yes or no", items)

# ---- team
team = {"zhang":["li","wang","zhao"],"zhou":["wu","emily"],"zheng":["xu","david"],"qian":["he"],"li":["lin"],"wang":["ma"]}
items=[]
for p,ts in team.items():
    for f in ["谁向{a}汇报?","{a}管理谁?","{a}的下属有谁?","{a}手下有谁?"]:
        items.append({"ask": f.format(a=name[p]), "is": ts})
    for f in ["Who reports to {a}?","Whom does {a} manage?"]:
        items.append({"ask": f.format(a=p), "is": ts})
add("Who reports to one", items)

# ---- peers
peers = {"wu":["emily","li","qian","wang","zhao"],"li":["emily","qian","wang","wu","zhao"],"zhang":["sun","zhou","zheng"]}
items=[]
for p,ps in peers.items():
    for f in ["{a}的平级有谁?","{a}的同级是谁?","谁和{a}平级?","和{a}平级的有谁?"]:
        items.append({"ask": f.format(a=name[p]), "is": ps})
    for f in ["Who are {a}'s peers?","Who is at the same level as {a}?","Who are the peers of {a}?"]:
        items.append({"ask": f.format(a=p), "is": ps})
add("Peers", items)

# ---- chain
items=[]
for p,ch in {"ma":["wang","zhang","gm"],"lin":["li","zhang","gm"],"he":["qian","gm"]}.items():
    items.append({"ask": "%s的汇报链是什么?" % name[p], "is": ch})
    items.append({"ask": "chain of command of %s" % p, "is": ch})
add("The chain of command", items)

# ---- roles instead of people
items=[
 {"ask":"谁批准生产经理的生产计划?","json":{"approvers":"[zhang]"}},
 {"ask":"生产计划由谁审批?","json":{"approvers":"[zhang]"}},
 {"ask":"生产计划由谁批准?","json":{"approvers":"[zhang]"}},
 {"ask":"谁批准生产计划?","json":{"approvers":"[zhang]"}},
 {"ask":"车间人员调配方案由谁批准?","json":{"approvers":"[zhang]"}},
 {"ask":"Who approves the production plan?","json":{"approvers":"[zhang]"}},
 {"ask":"谁批准李经理的生产计划?","is":["zhang"]},
 {"ask":"谁批准李明的生产计划?","is":["zhang"]},
 {"ask":"李明的生产计划由谁批准?","is":["zhang"]},
 {"ask":"Who approves li's production plan?","is":["zhang"]},
 {"ask":"Who approves wang's workshop staffing plan?","is":["zhang"]},
 {"ask":"谁向生产总监汇报?","text":"zhang ← li, wang, zhao"},
 {"ask":"生产总监管理谁?","text":"zhang ← li, wang, zhao"},
 {"ask":"谁向產品總監匯報?","text":"zhou ← emily, wu"},
 {"ask":"产品总监管理谁?","text":"zhou ← emily, wu"},
 {"ask":"Who reports to the technical director?","text":"zheng ← david, xu"},
 {"ask":"Does the production manager report to the production director?","json":{"answer":"true"}},
 {"ask":"Does the product manager report to the product director?","json":{"answer":"true"}},
 {"ask":"Does the product manager report to the production director?","json":{"answer":"false"}},
 {"ask":"生产经理是否向生产总监汇报?","json":{"answer":"true"}},
 {"ask":"产品经理向谁汇报?","text":"wu → zhou"},
 {"ask":"生产经理向谁汇报?","text":"wang → zhang"},
 {"ask":"质检经理向谁汇报?","text":"qian → gm"},
]
add("Roles instead of people", items)

# ---- the article's own questions
items=[
 {"ask":"产品总监和产品经理的区别是什么?","json":{"answer":"FIRST_SENIOR"},"text":"supervises and manages product quality"},
 {"ask":"产品总监和产品经理区别?","json":{"answer":"FIRST_SENIOR"},"text":"responsible for its sales"},
 {"ask":"產品總監和產品經理的區別是什麼?","json":{"answer":"FIRST_SENIOR"}},
 {"ask":"What is the difference between a product director and a product manager?","json":{"answer":"FIRST_SENIOR"}},
 {"ask":"生产总监和生产经理的区别?","json":{"answer":"FIRST_SENIOR"},"text":"directly manages the production managers"},
 {"ask":"生产总监和生产经理有什么不同?","json":{"answer":"FIRST_SENIOR"}},
 {"ask":"沙盘生产总监怎么生产产品?","steps":["产品需求分析","研发设计","材料采购","生产制造","产品检测","包装和发货","售后服务"]},
 {"ask":"沙盘生產總監怎麼生產產品?","steps":["产品需求分析","研发设计","材料采购","生产制造","产品检测","包装和发货","售后服务"]},
 {"ask":"How does the sand-table production director produce products?","steps":["demand","design","procure","manufactur","inspect","packag","after-sales"]},
 {"ask":"产品经理和产品总监怎么工作衔接?","text":"hands different product types"},
 {"ask":"产品总监与产品经理如何配合?","text":"tracks the production and development results"},
 {"ask":"How do the product director and the product manager work together?","text":"hands different product types"},
 {"ask":"工地生产经理如何管理班组?","include":["抓住计划、检查","定期向上级汇报"]},
 {"ask":"作为产品总监，如何对产品部门的产品经理进行有效的绩效考核?","text":"SaaS"},
 {"ask":"作为产品总监,如何对产品部门的产品经理进行有效的绩效考核?","json":{"holders":"{wu=IN_HOUSE, emily=SAAS}"}},
 {"ask":"如何考核产品经理?","text":"basic-service"},
 {"ask":"项目制产品生产如何管理?","include":["按照项目进度要求安排好生产计划"]},
 {"ask":"产品经理需要什么能力?","include":["需求分析","竞品分析","需求分级"]},
 {"ask":"产品经理重要的能力是什么?","include":["竞品分析"]},
 {"ask":"What skills does a product manager need?","include":["competitor analysis"]},
 {"ask":"一个公司可以有几个生产总监?","json":{"onePerCompany":"true"},"text":"only one","because":["K2.2"]},
 {"ask":"一个公司可以有几个生產總監?","json":{"onePerCompany":"true"}},
 {"ask":"一家公司能有多少个生产经理?","json":{"onePerCompany":"false"},"text":"several managers"},
 {"ask":"How many production directors can a company have?","json":{"onePerCompany":"true"}},
 {"ask":"Can a company have more than one production director?","json":{"onePerCompany":"true"}},
]
add("The article's own questions", items)

# ---- knowledge about people
items=[
 {"ask":"张伟是高级管理人员吗?","is":"SENIOR_MANAGEMENT"},
 {"ask":"zhang是高级管理人员吗?","is":"SENIOR_MANAGEMENT"},
 {"ask":"Is zhang senior management?","is":"SENIOR_MANAGEMENT"},
 {"ask":"What management class is 质检员?","is":"STAFF"},
 {"ask":"生产总监的职责是什么?","include":["直接管理生产经理"]},
 {"ask":"What are the duties of a production director?","include":["directly manages the production managers"]},
 {"ask":"产品经理是做什么的?","include":["负责销售"]},
 {"ask":"质检部门要服从谁的安排?","is":["zhang","sun"]},
 {"ask":"Whose arrangements does the QA department follow?","is":["zhang","sun"]},
 {"ask":"Who owns 工业机器人?","is":["emily"]},
 {"ask":"谁负责工业机器人?","is":["emily"]},
 {"ask":"数控机床产品线由谁负责?","is":["wu"]},
 {"ask":"吴静负责哪些产品线?","is":["数控机床","精密轴承"]},
 {"ask":"Which product lines does emily have?","is":["工业机器人"]},
 {"ask":"Which KPIs should the product director use for a SaaS product manager?","include":["NPS"]},
 {"ask":"Emily Carter的KPI是什么?","include":["NPS"]},
 {"ask":"吴静的KPI是什么?","include":["PV and UV"]},
 {"ask":"请问李明向谁汇报?","managers":["zhang","sun"]},
 {"ask":"What breaks the rules?","must":["K2.2"]},
]
add("What the article says of people", items)

# ---- other phrasings
items=[
 {"ask":"张伟和李明谁的官大?","answer":"FIRST_SENIOR"},
 {"ask":"李明是不是张伟的下属?","answer":True},
 {"ask":"王芳的老板是谁?","managers":["zhang"]},
 {"ask":"周婷手下有哪些人?","is":["wu","emily"]},
 {"ask":"技术总监和产品总监是同一个级别吗?","answer":"PEERS"},
 {"ask":"生产经理要向谁负责?","text":"wang → zhang"},
 {"ask":"谁是王芳的直属领导?","managers":["zhang"]},
 {"ask":"产品总监的工作职责有哪些?","include":["一把手"]},
 {"ask":"生产总监负责什么?","include":["车辆调度"]},
 {"ask":"Who is higher in rank, the CTO or the product manager?","answer":"FIRST_SENIOR"},
 {"ask":"Is the product manager below the technical director?","answer":"SECOND_SENIOR"},
 {"ask":"Who manages the production managers?","text":"wang → zhang"},
 {"ask":"Which department does the production director direct?","json":{"departments":"[技术部, 质检部]"}},
 {"ask":"Who signs off on the workshop staffing plan?","json":{"approvers":"[zhang]"}},
 {"ask":"What does a product manager do?","include":["sales"]},
 {"ask":"What is zhang's management level?","is":"SENIOR_MANAGEMENT"},
 {"ask":"How many product directors can a company have?","json":{"onePerCompany":"true"}},
 {"ask":"生產經理歸誰管?","text":"wang → zhang"},
 {"ask":"誰批准生產計劃?","json":{"approvers":"[zhang]"}},
 {"ask":"產品總監和產品經理有什麼區別?","json":{"answer":"FIRST_SENIOR"}},
 {"ask":"技術總監比產品經理大嗎?","answer":"FIRST_SENIOR"},
 {"ask":"质检部门听谁的?","is":["sun","zhang"]},
 {"ask":"吴静负责什么产品线?","is":["数控机床","精密轴承"]},
 {"ask":"工业机器人归谁负责?","is":["emily"]},
 {"ask":"如何评估SaaS产品经理?","include":["NPS"]},
 {"ask":"emily的考核指标有哪些?","include":["NPS"]},
 {"ask":"张伟管几个人?","is":["li","wang","zhao"]},
 {"ask":"产品经理和技术总监,哪个职位高?","answer":"SECOND_SENIOR"},
 {"ask":"李明和王芳是同级吗?","answer":"PEERS"},
 {"ask":"Does Emily report to Zhou?","answer":True},
 {"ask":"Is zhou zheng's peer?","answer":"PEERS"},
 {"ask":"Who are the direct reports of zhang?","is":["li","wang","zhao"]},
 {"ask":"Whom does li report to?","managers":["zhang","sun"]},
 {"ask":"li reports to whom?","managers":["zhang","sun"]},
 {"ask":"产品经理的上级是谁?","text":"wu → zhou"},
 {"ask":"生产总监的下属是谁?","text":"zhang ← li, wang, zhao"},
 {"ask":"谁管理产品经理?","text":"wu → zhou"},
]
add("Other phrasings people use", items)

# ---- honestly unknown: the rules and the facts do not say
items=[
 {"ask":"产品经理和园丁哪个大?","answer":"INCOMPARABLE"},
 {"ask":"园丁比生产总监大吗?","answer":"INCOMPARABLE"},
 {"ask":"Who is senior, the gardener or the production director?","answer":"INCOMPARABLE"},
 {"ask":"What KPIs for li?","kind-unknown":True},
 {"ask":"李明的KPI是什么?","kind-unknown":True},
 {"ask":"How should the product director evaluate zhang?","kind-unknown":True},
 {"ask":"一个公司可以有几个总经理?","json":{"onePerCompany":"false"},"text":"No rule limits"},
 {"ask":"一个公司可以有几个车间操作工?","json":{"onePerCompany":"false"},"text":"No rule limits"},
]
add("Honestly unknown: the rules and facts do not say", items)

out = ["# Questions as people type them, on the bundled sample company (facts/huaxia.yaml), with the answers",
       "# the article and the facts give. Run by `orgrules test rules/tests` and by `mvn verify` (ShippedSuitesTest).",
       "suite: ask understands how people ask",
       "facts: ../../../facts/huaxia.yaml", "", "cases:"]
n=0
def val(v):
    if isinstance(v,bool): return "true" if v else "false"
    if isinstance(v,list): return "[" + ", ".join(q(x) for x in v) + "]"
    if isinstance(v,dict): return "{" + ", ".join("%s: %s" % (k, q(x)) for k,x in v.items()) + "}"
    return q(v)
for cname, its in cases:
    out.append("  - name: " + q(cname))
    out.append("    expect:")
    for it in its:
        n+=1
        first=True
        for k,v in it.items():
            out.append(("      - " if first else "        ") + "%s: %s" % (k, val(v)))
            first=False
open("rules/tests/ask/as-people-ask.yaml","w").write("\n".join(out)+"\n")
print(n)
