namespace IacTest.Harness.Ansible;

/// <summary>
/// Wraps a command so that it does not outlive the test host. A killed host (SIGKILL, crash) runs no clean-up code,
/// and ansible-playbook with its workers would run on; the wrapper holds a pipe from the host as its standard input,
/// and when that pipe ends — the kernel closes it when the host dies — it kills the command's whole session.
/// A parent-death signal would be simpler but is tied to the forking thread, and .NET forks from pool threads that
/// come and go.
/// </summary>
internal static class HostBoundCommand
{
    // $@ is the command. setsid gives it its own session (and process group), so one signal reaches every worker.
    // Background lists get /dev/null as standard input unless redirected: the watcher reads a copy of the pipe (fd 3).
    // "kill -KILL -PGID", not "kill -- -PGID": dash's kill takes no "--" and would then signal nothing.
    private const string Script = """
        exec 3<&0
        setsid "$@" </dev/null &
        child=$!
        { while read -r _; do :; done; kill -KILL "-$child" 2>/dev/null || kill -KILL "$child" 2>/dev/null; } <&3 &
        watcher=$!
        exec 3<&-
        wait "$child"; code=$?
        kill "$watcher" 2>/dev/null
        exit "$code"
        """;

    /// <summary>True where the wrapper works (a POSIX shell and util-linux <c>setsid</c>).</summary>
    public static bool IsSupported { get; } = OperatingSystem.IsLinux() && File.Exists("/bin/sh")
        && new[] { "/usr/bin/setsid", "/bin/setsid" }.Any(File.Exists);

    /// <summary>The program and arguments that run <paramref name="fileName"/> bound to this process.</summary>
    public static (string FileName, IReadOnlyList<string> Arguments) Wrap(string fileName, IEnumerable<string> arguments) =>
        ("/bin/sh", ["-c", Script, "iactest-host-bound", fileName, .. arguments]);
}
