using System.Runtime.InteropServices;

namespace CnnCourse.Exchange;

/// <summary>A Linux account as the system's user database knows it (getpwnam), and the few system calls the exchange needs on files.</summary>
public sealed record UnixAccount(string Name, uint Uid, uint Gid, string Home)
{
    /// <summary>The account called <paramref name="name"/>, or null when there is none.</summary>
    public static UnixAccount? Find(string name)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var entry = getpwnam(name);
        if (entry == IntPtr.Zero) return null;
        var pw = Marshal.PtrToStructure<Passwd>(entry);
        return new UnixAccount(name, pw.Uid, pw.Gid, Marshal.PtrToStringUTF8(pw.Dir) ?? "");
    }

    /// <summary>The account this process runs as (its effective user).</summary>
    public static UnixAccount Current => Find(Environment.UserName) ?? new UnixAccount(Environment.UserName, EffectiveUid, 0, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    public static bool IsRoot => OperatingSystem.IsLinux() && geteuid() == 0;

    public static uint EffectiveUid => OperatingSystem.IsLinux() ? geteuid() : uint.MaxValue;

    /// <summary>Gives the file or folder (never a link's target) to this account.</summary>
    public void Own(string path)
    {
        if (lchown(path, Uid, Gid) != 0) throw new IOException($"{path}: cannot give it to {Name} (chown failed, errno {Marshal.GetLastPInvokeError()})");
    }

    /// <summary>The owner's user id of a file or folder, not following a link.</summary>
    public static uint OwnerOf(string path)
    {
        // statx reads the owner without depending on the architecture's struct stat layout: stx_uid is at byte 20.
        const int AtCurrentFolder = -100, NoFollow = 0x100, WantUid = 0x8, StxUidOffset = 20;
        var buffer = new byte[256];
        if (statx(AtCurrentFolder, path, NoFollow, WantUid, buffer) != 0)
            throw new IOException($"{path}: cannot read its owner (errno {Marshal.GetLastPInvokeError()})");
        return BitConverter.ToUInt32(buffer, StxUidOffset);
    }

    /// <summary>When the file's inode last changed (created, renamed, its mode changed): a time its owner can move forward but never back.</summary>
    public static DateTimeOffset ChangeTimeOf(string path)
    {
        const int AtCurrentFolder = -100, NoFollow = 0x100, WantCtime = 0x80, StxCtimeOffset = 96;
        var buffer = new byte[256];
        if (statx(AtCurrentFolder, path, NoFollow, WantCtime, buffer) != 0)
            throw new IOException($"{path}: cannot read its change time (errno {Marshal.GetLastPInvokeError()})");
        var seconds = BitConverter.ToInt64(buffer, StxCtimeOffset);
        var nanoseconds = BitConverter.ToUInt32(buffer, StxCtimeOffset + 8);
        return DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(nanoseconds / 100);
    }

    [StructLayout(LayoutKind.Sequential)]
    struct Passwd
    {
        public IntPtr Name;
        public IntPtr Password;
        public uint Uid;
        public uint Gid;
        public IntPtr Gecos;
        public IntPtr Dir;
        public IntPtr Shell;
    }

    [DllImport("libc", SetLastError = true)] static extern IntPtr getpwnam(string name);
    [DllImport("libc")] static extern uint geteuid();
    [DllImport("libc", SetLastError = true)] static extern int lchown(string path, uint owner, uint group);
    [DllImport("libc", SetLastError = true)] static extern int statx(int dirfd, string path, int flags, uint mask, byte[] buffer);
}
