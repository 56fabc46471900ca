def C(anchor, force, measure, value, qualifier, kind, location, to, party, high=None, occ=0, opt=None, note=None):
    """opt: None for a required claim, else [lo, hi] value range for an optional line."""
    return dict(anchor=anchor, force=force, measure=measure, value=value, high=high, qualifier=qualifier,
                kind=kind, location=location, attributedTo=to, party=party, occ=occ, opt=opt, note=note)

def A(id, source, at, title, text, claims):
    return dict(id=id, source=source, publishedAt=at, title=title, text=text.strip(), claims=claims)
