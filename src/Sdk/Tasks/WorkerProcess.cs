using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace IacTest.Sdk.Tasks;

/// <summary>
/// Runs a program to its end: writes its standard input, reads its standard output, sends its standard error to a
/// file. On Linux it spawns with <c>posix_spawn</c> over pipes of its own and waits with <c>waitpid</c>: the lint
/// task runs in a fresh build process every time, and there the first <see cref="Process"/> costs ~20 ms to start
/// and as much again to wait for, more than the whole lint of a changed file. Elsewhere it uses <see cref="Process"/>.
/// </summary>
internal sealed class WorkerProcess
{
    private const int SignalKill = 9;
    private const int NoSuchChild = 10;
    private const int Interrupted = 4;
    private const int CloseOnExec = 0x80000;
    private readonly object _gate = new();
    private int _pid;
    private Process? _process;
    private bool _cancelled;

    /// <summary>What ended the program: its exit code, or the signal that killed it.</summary>
    /// <param name="ExitCode">The exit code; null when a signal ended it or the status was taken by another waiter.</param>
    /// <param name="Signal">The signal that killed it, if one did.</param>
    internal readonly record struct Outcome(int? ExitCode, int? Signal)
    {
        /// <inheritdoc />
        public override string ToString() =>
            ExitCode is { } code ? $"exit code {code}" : Signal is { } signal ? $"signal {signal}" : "an unknown status";
    }

    /// <summary>
    /// Runs <paramref name="executable"/>: <paramref name="writeInput"/> writes its standard input, which is then
    /// closed, and its standard output is read to the end into <paramref name="output"/>. A program that stops
    /// reading early is not an error here: its outcome says what happened.
    /// </summary>
    public Outcome Run(string executable, IReadOnlyList<string> arguments, Action<Stream> writeInput, MemoryStream output, string errorFile) =>
        OperatingSystem.IsLinux()
            ? RunSpawned(executable, arguments, writeInput, output, errorFile)
            : RunProcess(executable, arguments, writeInput, output, errorFile);

    /// <summary>Kills the program if it is running, and any program this instance is asked to run later.</summary>
    public void Kill()
    {
        lock (_gate)
        {
            _cancelled = true;
            if (_pid > 0)
            {
                _ = kill(_pid, SignalKill);
            }

            try
            {
                _process?.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It had already exited.
            }
        }
    }

    // No loop and no stackalloc in this method: either makes the JIT optimize the whole of it (on-stack replacement
    // covers neither), which costs a cold build process more than the spawn. The loops live in NativeStrings.
    private unsafe Outcome RunSpawned(string executable, IReadOnlyList<string> arguments, Action<Stream> writeInput, MemoryStream output, string errorFile)
    {
        var (inputRead, inputWrite) = Pipe();
        var (outputRead, outputWrite) = Pipe();
        int pid;
        using (var strings = new NativeStrings())
        {
            var argv = strings.Vector([executable, .. arguments]);
            var envp = strings.Vector(NativeStrings.Environment());
            var errorPath = (byte*)strings.Add(errorFile);
            var actions = (byte*)NativeMemory.AllocZeroed(512); // posix_spawn_file_actions_t is 80 bytes in glibc and musl
            try
            {
                Check(posix_spawn_file_actions_init(actions), "posix_spawn_file_actions_init");
                try
                {
                    const int writeOnly = 0x1, create = 0x40, truncate = 0x200, readWrite = 0x1a4; // 0644
                    Check(posix_spawn_file_actions_adddup2(actions, inputRead.ToInt32(), 0), "posix_spawn_file_actions_adddup2");
                    Check(posix_spawn_file_actions_adddup2(actions, outputWrite.ToInt32(), 1), "posix_spawn_file_actions_adddup2");
                    Check(posix_spawn_file_actions_addopen(actions, 2, errorPath, writeOnly | create | truncate, readWrite), "posix_spawn_file_actions_addopen");
                    lock (_gate)
                    {
                        if (_cancelled)
                        {
                            throw new OperationCanceledException();
                        }

                        fixed (IntPtr* argumentPointers = argv)
                        fixed (IntPtr* environmentPointers = envp)
                        {
                            Check(posix_spawn(out pid, (byte*)argv[0], actions, null, (byte**)argumentPointers, (byte**)environmentPointers), executable);
                        }

                        _pid = pid;
                    }
                }
                finally
                {
                    _ = posix_spawn_file_actions_destroy(actions);
                }
            }
            catch
            {
                _ = close(inputWrite.ToInt32());
                _ = close(outputRead.ToInt32());
                throw;
            }
            finally
            {
                NativeMemory.Free(actions);
                // The child has its own copies now (or there is no child).
                _ = close(inputRead.ToInt32());
                _ = close(outputWrite.ToInt32());
            }
        }

        try
        {
            Exchange(new SafeFileHandle(inputWrite, ownsHandle: true), new SafeFileHandle(outputRead, ownsHandle: true), writeInput, output);
            return Wait(pid);
        }
        finally
        {
            lock (_gate)
            {
                _pid = 0;
            }
        }
    }

    // Writes the input while the program starts up and reads it, then collects everything it prints.
    private static void Exchange(SafeFileHandle inputHandle, SafeFileHandle outputHandle, Action<Stream> writeInput, MemoryStream output)
    {
        using var outputStream = new FileStream(outputHandle, FileAccess.Read, 1);
        try
        {
            using var inputStream = new FileStream(inputHandle, FileAccess.Write, 1);
            writeInput(inputStream);
        }
        catch (IOException)
        {
            // It stopped reading (it failed, or was killed): its outcome and standard error say why.
        }

        outputStream.CopyTo(output);
    }

    private static unsafe (IntPtr Read, IntPtr Write) Pipe()
    {
        var descriptors = new int[2];
        fixed (int* pointer = descriptors)
        {
            if (pipe2(pointer, CloseOnExec) != 0)
            {
                throw new IOException($"pipe2 failed with error {Marshal.GetLastPInvokeError()}");
            }
        }

        return (descriptors[0], descriptors[1]);
    }

    private static Outcome Wait(int pid)
    {
        while (true)
        {
            if (waitpid(pid, out var status, 0) == pid)
            {
                var signal = status & 0x7f;
                return signal == 0 ? new Outcome((status >> 8) & 0xff, null) : new Outcome(null, signal);
            }

            var error = Marshal.GetLastPInvokeError();
            if (error == NoSuchChild)
            {
                // Someone else reaped it; the caller judges by what the program wrote.
                return new Outcome(null, null);
            }

            if (error != Interrupted)
            {
                throw new IOException($"waitpid failed with error {error}");
            }
        }
    }

    private Outcome RunProcess(string executable, IReadOnlyList<string> arguments, Action<Stream> writeInput, MemoryStream output, string errorFile)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new IOException($"{executable} did not start");
        lock (_gate)
        {
            _process = process;
            if (_cancelled)
            {
                Kill();
            }
        }

        var errors = process.StandardError.ReadToEndAsync();
        var printed = process.StandardOutput.BaseStream.CopyToAsync(output);
        try
        {
            using var input = process.StandardInput.BaseStream;
            writeInput(input);
        }
        catch (IOException)
        {
            // It stopped reading; its outcome and standard error say why.
        }

        printed.GetAwaiter().GetResult();
        File.WriteAllText(errorFile, errors.GetAwaiter().GetResult(), Encoding.UTF8);
        process.WaitForExit();
        lock (_gate)
        {
            _process = null;
        }

        return new Outcome(process.ExitCode, null);
    }

    private static void Check(int error, string what)
    {
        if (error != 0)
        {
            throw new IOException($"{what}: {new System.ComponentModel.Win32Exception(error).Message}");
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern unsafe int pipe2(int* descriptors, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern unsafe int posix_spawn(out int pid, byte* path, byte* fileActions, void* attributes, byte** argv, byte** envp);

    [DllImport("libc")]
    private static extern unsafe int posix_spawn_file_actions_init(byte* fileActions);

    [DllImport("libc")]
    private static extern unsafe int posix_spawn_file_actions_adddup2(byte* fileActions, int descriptor, int newDescriptor);

    [DllImport("libc")]
    private static extern unsafe int posix_spawn_file_actions_addopen(byte* fileActions, int descriptor, byte* path, int flags, int mode);

    [DllImport("libc")]
    private static extern unsafe int posix_spawn_file_actions_destroy(byte* fileActions);

    [DllImport("libc", SetLastError = true)]
    private static extern int waitpid(int pid, out int status, int options);

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
