"""Which files in the given folders (not their subfolders: those hold other platforms' and other tools' copies) are .NET assemblies still in IL only (candidates for crossgen2), read from their
PE headers: a CLI header with the ILONLY flag and no ReadyToRun (managed native) header.
    python3 pe.py candidates DIR...   one path per line
    python3 pe.py check FILE...       'FILE readytorun' or 'FILE il' or 'FILE native' per file
"""
import os
import struct
import sys

IL_ONLY = 0x1


def kind(path):
    """'readytorun', 'il' or 'native' (not a .NET assembly, or one with native code of another kind)."""
    with open(path, "rb") as f:
        data = f.read(4096)
        if data[:2] != b"MZ" or len(data) < 0x40:
            return "native"
        pe = struct.unpack_from("<I", data, 0x3C)[0]
        f.seek(pe)
        header = f.read(24 + 240)
        if header[:4] != b"PE\0\0":
            return "native"
        sections, optional_size = struct.unpack_from("<H", header, 6)[0], struct.unpack_from("<H", header, 20)[0]
        optional = header[24:24 + optional_size]
        magic = struct.unpack_from("<H", optional, 0)[0]
        directories = 96 if magic == 0x10B else 112
        cli_rva, cli_size = struct.unpack_from("<II", optional, directories + 14 * 8)
        if cli_size == 0:
            return "native"
        f.seek(pe + 24 + optional_size)
        table = f.read(sections * 40)
        for i in range(sections):
            size, rva, raw_size, raw = struct.unpack_from("<IIII", table, i * 40 + 8)
            if rva <= cli_rva < rva + max(size, raw_size):
                f.seek(raw + cli_rva - rva)
                cli = f.read(72)
                flags = struct.unpack_from("<I", cli, 16)[0]
                native_rva, native_size = struct.unpack_from("<II", cli, 64)
                if native_size:
                    return "readytorun"
                return "il" if flags & IL_ONLY else "native"
    return "native"


def main():
    command, paths = sys.argv[1], sys.argv[2:]
    if command == "candidates":
        for folder in paths:
            for name in sorted(os.listdir(folder)):
                path = os.path.join(folder, name)
                if name.endswith(".dll") and not name.endswith(".resources.dll") and os.path.isfile(path) \
                        and not os.path.islink(path) and kind(path) == "il":
                    print(path)
    elif command == "check":
        for path in paths:
            print(path, kind(path))
    else:
        sys.exit(f"pe.py: unknown command '{command}' (candidates or check)")


if __name__ == "__main__":
    main()
