using System;
using System.IO;
using System.Text;

// MSBuild inline task (see Directory.Build.targets): marks the GLIBCXX_3.4.32 version requirement of
// libLibTorchSharp.so as weak so that it loads on systems whose libstdc++ predates GCC 13.
// ELF layout references: the System V gABI, "Symbol Versioning" (.gnu.version_r = Verneed/Vernaux).
public class WeakenGlibcxxRequirement : Microsoft.Build.Utilities.Task
{
    const string Version = "GLIBCXX_3.4.32";
    const uint ShtGnuVerneed = 0x6ffffffe;
    const ushort VerFlgWeak = 0x2;

    [Microsoft.Build.Framework.Required]
    public string Directory { get; set; } = "";

    public override bool Execute()
    {
        if (SystemLibstdcxxHas(Version)) return true;
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "libLibTorchSharp.so", SearchOption.AllDirectories))
        {
            try
            {
                if (Weaken(path)) Log.LogMessage(Microsoft.Build.Framework.MessageImportance.High,
                    $"CnnCourse: marked {Version} weak in {path} (system libstdc++ lacks it)");
            }
            catch (Exception e)
            {
                Log.LogError($"CnnCourse: could not patch {path}: {e.Message}");
                return false;
            }
        }
        return true;
    }

    static bool SystemLibstdcxxHas(string version)
    {
        string[] candidates = { "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib64/libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6" };
        foreach (var candidate in candidates)
        {
            if (!File.Exists(candidate)) continue;
            var text = Encoding.ASCII.GetString(File.ReadAllBytes(candidate));
            return text.Contains(version + "\0");
        }
        return true; // unknown layout (e.g. not glibc): leave the file alone
    }

    /// <summary>Returns true when the file was changed; false when already weak or not required.</summary>
    static bool Weaken(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[4] != 2 || bytes[5] != 1)
            throw new InvalidDataException("not a little-endian ELF64 file");
        long sectionTable = (long)BitConverter.ToUInt64(bytes, 0x28);
        int sectionSize = BitConverter.ToUInt16(bytes, 0x3A);
        int sectionCount = BitConverter.ToUInt16(bytes, 0x3C);
        bool changed = false;
        for (int i = 0; i < sectionCount; i++)
        {
            long header = sectionTable + (long)i * sectionSize;
            if (BitConverter.ToUInt32(bytes, (int)header + 4) != ShtGnuVerneed) continue;
            long offset = (long)BitConverter.ToUInt64(bytes, (int)header + 0x18);
            int link = (int)BitConverter.ToUInt32(bytes, (int)header + 0x28);
            int needCount = (int)BitConverter.ToUInt32(bytes, (int)header + 0x2C);
            long strings = (long)BitConverter.ToUInt64(bytes, (int)(sectionTable + (long)link * sectionSize) + 0x18);

            long need = offset;
            for (int n = 0; n < needCount; n++)
            {
                int auxCount = BitConverter.ToUInt16(bytes, (int)need + 2);
                long aux = need + BitConverter.ToUInt32(bytes, (int)need + 8);
                for (int a = 0; a < auxCount; a++)
                {
                    string name = ReadString(bytes, strings + BitConverter.ToUInt32(bytes, (int)aux + 8));
                    ushort flags = BitConverter.ToUInt16(bytes, (int)aux + 4);
                    if (name == Version && (flags & VerFlgWeak) == 0)
                    {
                        BitConverter.GetBytes((ushort)(flags | VerFlgWeak)).CopyTo(bytes, (int)aux + 4);
                        changed = true;
                    }
                    aux += BitConverter.ToUInt32(bytes, (int)aux + 12);
                }
                need += BitConverter.ToUInt32(bytes, (int)need + 12);
            }
        }
        if (!changed) return false;
        // Write beside the file, then rename: a half-written library must never be loaded.
        // The original timestamp is kept so that incremental builds do not copy the unpatched file again.
        var stamp = File.GetLastWriteTimeUtc(path);
        var temp = path + ".patching";
        File.WriteAllBytes(temp, bytes);
        File.SetLastWriteTimeUtc(temp, stamp);
        File.Replace(temp, path, null);
        return true;
    }

    static string ReadString(byte[] bytes, long start)
    {
        long end = start;
        while (bytes[end] != 0) end++;
        return Encoding.ASCII.GetString(bytes, (int)start, (int)(end - start));
    }
}
