"""python -m dparray: -s summary, -l long listing, -f full listing of platforms and devices;
--warm-cache [DEVICE] builds the common OpenCL programs ahead (for job scripts);
`python -m dparray stage DIR` copies dparray to a node-local directory (docs/cluster-staging.md)."""

import argparse
import sys


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["stage"]:
        from ._stage import main as stage_main

        return stage_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m dparray", description=__doc__)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-s", "--summary", action="store_true", help="platforms, one line each")
    group.add_argument("-l", "--long", action="store_true", help="platforms with their devices")
    group.add_argument("-f", "--full", action="store_true", help="every device property")
    group.add_argument(
        "--warm-cache",
        nargs="?",
        const="",
        metavar="DEVICE",
        help="build the common programs of DEVICE (default: every OpenCL device) into the disk cache",
    )
    args = parser.parse_args(argv)
    if args.warm_cache is not None:
        from ._warm_cache import warm_cache

        warm_cache([args.warm_cache] if args.warm_cache else None)
        return 0
    from . import lsplatform

    lsplatform(2 if args.full else 1 if args.long else 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
