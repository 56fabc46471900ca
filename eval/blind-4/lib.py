ARTS = []
def C(anchor, force, measure, value, high=None, q="exact", k="total", loc=None, to=None, p=None, note="", opt=None, occ=1):
    return dict(anchor=anchor, force=force, measure=measure, value=value, high=high, qualifier=q, kind=k,
                location=loc, attributedTo=to, attributedParty=p, note=note, opt=opt, occ=occ)
def A(id, source, at, title, text, claims):
    ARTS.append(dict(id=id, source=source, publishedAt=at, title=title, text="\n".join(" ".join(l.split()) for l in text.strip().split("\n")), claims=claims))
