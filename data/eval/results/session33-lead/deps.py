import ast, sys
src = open(sys.argv[1]).read()
tree = ast.parse(src)
defs = {}
order = []
for node in tree.body:
    names = []
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        names = [node.name]
    elif isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        names = [t.id for t in targets if isinstance(t, ast.Name)]
    for n in names:
        defs[n] = node
        order.append(n)
top = set(defs)
for n in order:
    used = {x.id for x in ast.walk(defs[n]) if isinstance(x, ast.Name) and x.id in top and x.id != n}
    print(f"{defs[n].lineno:5d} {defs[n].end_lineno - defs[n].lineno + 1:4d} {n}: {' '.join(sorted(used))}")
