"""The header flavors, in the one order every output lists them.

Adding a flavor is adding its class here: the header, its layout-assertion
file and its facts in the layout table (which abi-check and the tests read)
all follow from this tuple.
"""

from typing import List, Tuple, Type

from ..layout import LaidOutSpec
from .cheader import Flavor
from .linux import Linux
from .portable import Portable
from .xen import Xen

FLAVORS: Tuple[Type[Flavor], ...] = (Linux, Portable, Xen)


def flavors(lo: LaidOutSpec) -> List[Flavor]:
    """One instance of every flavor for a laid-out spec."""
    return [cls(lo) for cls in FLAVORS]
