"""Helpers for writing article specs. Every claim names an anchor phrase (the number's phrase)
and optionally a ctx string that contains the anchor and is unique in the text."""

def C(force, measure, value, qual, kind, anchor, ctx=None, high=None, loc=None, to=None,
      party=None, opt=False, vr=None, note=""):
    return dict(force=force, measure=measure, value=value, high=high, qualifier=qual, kind=kind,
                anchor=anchor, ctx=ctx, location=loc, attributedTo=to, attributedParty=party,
                optional=opt, valueRange=vr, note=note)

def A(id, source, date, title, conflict, paras, claims=(), neg=False):
    return dict(id=id, source=source, publishedAt=date, title=title, conflict=conflict,
                text="\n\n".join(p.strip() for p in paras), claims=list(claims), neg=neg)
