"""Emitters: each turns a laid-out spec into one kind of output file.

Every emitter is a function ``emit(laid_out) -> {include-relative path: text}``.
"""
