"""Helpers for the dev6 article/gold definitions."""


def A(id, source, date, title, text, claims):
    return {"id": id, "source": source, "publishedAt": date, "title": title, "text": text,
            "claims": claims}


def c(force, measure, value, anchor, q="exact", kind="total", high=None, loc=None, to=None,
      party=None, opt=False, vr=None, note=""):
    return {"force": force, "measure": measure, "value": value, "high": high, "qualifier": q,
            "kind": kind, "location": loc, "attributedTo": to, "attributedParty": party,
            "anchor": anchor, "optional": opt, "valueRange": vr, "note": note}
