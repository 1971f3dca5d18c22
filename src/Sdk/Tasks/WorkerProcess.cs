using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace IacTest.Sdk.Tasks;

/// <summary>
/// Runs a program to its end: gives it its standard input, reads its standard output, sends its standard error to a
/// file. On Linux it spawns with <c>posix_spawn</c> over pipes of its own and waits with <c>waitpid</c> (see
/// <see cref="LibC"/>): the lint task runs in a fresh build process every time, and there the first
/// <see cref="Process"/> costs ~20 ms to start and as much again to wait for, more than the whole lint of a changed
/// file. Elsewhere it uses <see cref="Process"/>.
/// </summary>
internal sealed unsafe class WorkerProcess
{
    private const int SignalKill = 9;
    private const int NoSuchChild = 10;
    private const int Interrupted = 4;
    private const int CloseOnExec = 0x80000;

    // What a Linux pipe holds before a write blocks (16 pages).
    private const int PipeCapacity = 64 * 1024;
    private readonly object _gate = new();
    private int _pid;
    private Process? _process;
    private bool _cancelled;

    /// <summary>When (<see cref="Stopwatch.GetTimestamp"/>) the last run's program was spawned, its first output came, its output ended, it was reaped.</summary>
    public (long Spawned, long FirstOutput, long OutputEnded, long Reaped) Times { get; private set; }

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
    /// Runs <paramref name="executable"/> with <paramref name="input"/> on its standard input, which is then closed,
    /// and reads its standard output to the end into <paramref name="output"/>. A program that stops reading early is
    /// not an error here: its outcome says what happened.
    /// </summary>
    /// <param name="executable">The program's path.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="environment">Its whole environment, as <c>NAME=value</c>: nothing else is inherited.</param>
    /// <param name="input">Its standard input.</param>
    /// <param name="output">Receives its standard output.</param>
    /// <param name="errorFile">Receives its standard error.</param>
    public Outcome Run(string executable, IReadOnlyList<string> arguments, IReadOnlyList<string> environment, byte[] input, MemoryStream output, string errorFile) =>
        LibC.Available
            ? RunSpawned(executable, arguments, environment, input, output, errorFile)
            : RunProcess(executable, arguments, environment, input, output, errorFile);

    /// <summary>Kills the program if it is running, and any program this instance is asked to run later.</summary>
    public void Kill()
    {
        lock (_gate)
        {
            _cancelled = true;
            if (_pid > 0)
            {
                _ = LibC.Kill(_pid, SignalKill);
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
    // covers neither), which costs a cold build process more than the spawn. The loops live in the helpers.
    private Outcome RunSpawned(string executable, IReadOnlyList<string> arguments, IReadOnlyList<string> environment, byte[] input, MemoryStream output, string errorFile)
    {
        var (inputRead, inputWrite) = Pipe();
        var (outputRead, outputWrite) = Pipe();
        try
        {
            Spawn(executable, arguments, environment, errorFile, inputRead, outputWrite);
        }
        catch
        {
            _ = LibC.Close(inputWrite);
            _ = LibC.Close(outputRead);
            throw;
        }
        finally
        {
            // The child has its own copies now (or there is no child).
            _ = LibC.Close(inputRead);
            _ = LibC.Close(outputWrite);
        }

        // Every way out from here reaps the program exactly once, and the pid is held in a local: Wait forgets _pid
        // before it reaps, and kill(0) would signal the whole process group, the build included.
        var pid = _pid;
        long spawned, firstOutput, outputEnded;
        try
        {
            var writer = input.Length <= PipeCapacity || Enlarge(inputWrite, input.Length) ? null : StartWriting(inputWrite, input);
            if (writer is null)
            {
                WriteAll(inputWrite, input);
                _ = LibC.Close(inputWrite);
            }

            inputWrite = -1;
            spawned = Stopwatch.GetTimestamp();
            firstOutput = ReadAll(outputRead, output);
            outputEnded = Stopwatch.GetTimestamp();
            writer?.Join();
        }
        catch
        {
            // Nothing is left running: a program whose output could not be read is killed and reaped.
            _ = LibC.Kill(pid, SignalKill);
            _ = Wait(pid);
            throw;
        }
        finally
        {
            if (inputWrite >= 0)
            {
                _ = LibC.Close(inputWrite);
            }

            _ = LibC.Close(outputRead);
        }

        var outcome = Wait(pid);
        Times = (spawned, firstOutput, outputEnded, Stopwatch.GetTimestamp());
        return outcome;
    }

    private void Spawn(string executable, IReadOnlyList<string> arguments, IReadOnlyList<string> environment, string errorFile, int input, int output)
    {
        using var strings = new NativeStrings();
        var argv = strings.Vector([executable, .. arguments]);
        var envp = strings.Vector(environment);
        var errorPath = strings.Add(errorFile);
        var actions = (byte*)NativeMemory.AllocZeroed(512); // posix_spawn_file_actions_t is 80 bytes in glibc
        try
        {
            Check(LibC.FileActionsInit(actions), "posix_spawn_file_actions_init");
            try
            {
                const int writeOnly = 0x1, create = 0x40, truncate = 0x200, readWrite = 0x1a4; // 0644
                Check(LibC.FileActionsAddDup2(actions, input, 0), "posix_spawn_file_actions_adddup2");
                Check(LibC.FileActionsAddDup2(actions, output, 1), "posix_spawn_file_actions_adddup2");
                Check(LibC.FileActionsAddOpen(actions, 2, errorPath, writeOnly | create | truncate, readWrite), "posix_spawn_file_actions_addopen");
                lock (_gate)
                {
                    if (_cancelled)
                    {
                        throw new OperationCanceledException();
                    }

                    int pid;
                    Check(LibC.PosixSpawn(&pid, argv[0], actions, null, argv, envp), executable);
                    _pid = pid;
                }
            }
            finally
            {
                _ = LibC.FileActionsDestroy(actions);
            }
        }
        finally
        {
            NativeMemory.Free(actions);
        }
    }

    // A pipe that holds the whole input takes it without blocking: cheaper than a thread (F_SETPIPE_SZ; Linux allows
    // up to /proc/sys/fs/pipe-max-size, 1 MiB by default, without privileges).
    private static bool Enlarge(int descriptor, int length)
    {
        const int setPipeSize = 1031;
        return LibC.Fcntl(descriptor, setPipeSize, length) >= length;
    }

    // An input larger than the pipe holds is written by a thread of its own: a program that prints while it reads
    // would otherwise fill its output pipe while this one blocks on the input pipe, and neither would go on.
    private static Thread StartWriting(int descriptor, byte[] data)
    {
        var writer = new Thread(() =>
        {
            WriteAll(descriptor, data);
            _ = LibC.Close(descriptor);
        })
        {
            IsBackground = true,
            Name = "IacTest lint worker input",
        };
        writer.Start();
        return writer;
    }

    // Written while the program starts up and reads it. A write that fails means it stopped reading.
    private static void WriteAll(int descriptor, byte[] data)
    {
        fixed (byte* start = data)
        {
            var offset = 0;
            while (offset < data.Length)
            {
                var written = LibC.Write(descriptor, start + offset, (nuint)(data.Length - offset));
                if (written < 0 && LibC.LastError == Interrupted)
                {
                    continue;
                }

                if (written <= 0)
                {
                    return;
                }

                offset += (int)written;
            }
        }
    }

    // Returns when the first output came (its timestamp; 0 if none did).
    private static long ReadAll(int descriptor, MemoryStream output)
    {
        var firstOutput = 0L;
        var buffer = new byte[64 * 1024];
        fixed (byte* start = buffer)
        {
            while (true)
            {
                var read = LibC.Read(descriptor, start, (nuint)buffer.Length);
                if (read < 0 && LibC.LastError == Interrupted)
                {
                    continue;
                }

                if (read < 0)
                {
                    throw new IOException($"reading the worker's output failed with error {LibC.LastError}");
                }

                if (read == 0)
                {
                    return firstOutput;
                }

                if (firstOutput == 0)
                {
                    firstOutput = Stopwatch.GetTimestamp();
                }

                output.Write(buffer, 0, (int)read);
            }
        }
    }

    private static (int Read, int Write) Pipe()
    {
        var descriptors = new int[2];
        fixed (int* pointer = descriptors)
        {
            if (LibC.Pipe2(pointer, CloseOnExec) != 0)
            {
                throw new IOException($"pipe2 failed with error {LibC.LastError}");
            }
        }

        return (descriptors[0], descriptors[1]);
    }

    // The program is first waited for without being reaped: until it is reaped its pid cannot be reused, so a Kill
    // racing with its end can only ever hit this program.
    private Outcome Wait(int pid)
    {
        WaitUnreaped(pid);
        lock (_gate)
        {
            _pid = 0;
        }

        return Reap(pid);
    }

    private static void WaitUnreaped(int pid)
    {
        const int processId = 1, exited = 4, noWait = 0x01000000; // P_PID, WEXITED, WNOWAIT
        var information = new byte[128]; // siginfo_t
        fixed (byte* pointer = information)
        {
            // Any failure (another waiter reaped it) is left to Reap to report.
            while (LibC.WaitId(processId, (uint)pid, pointer, exited | noWait) != 0 && LibC.LastError == Interrupted)
            {
            }
        }
    }

    private static Outcome Reap(int pid)
    {
        while (true)
        {
            int status;
            if (LibC.WaitPid(pid, &status, 0) == pid)
            {
                var signal = status & 0x7f;
                return signal == 0 ? new Outcome((status >> 8) & 0xff, null) : new Outcome(null, signal);
            }

            var error = LibC.LastError;
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

    private Outcome RunProcess(string executable, IReadOnlyList<string> arguments, IReadOnlyList<string> environment, byte[] input, MemoryStream output, string errorFile)
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

        start.Environment.Clear();
        foreach (var variable in environment)
        {
            var separator = variable.IndexOf('=', StringComparison.Ordinal);
            start.Environment[variable[..separator]] = variable[(separator + 1)..];
        }

        using var process = Process.Start(start) ?? throw new IOException($"{executable} did not start");
        var spawned = Stopwatch.GetTimestamp();
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
            using var stream = process.StandardInput.BaseStream;
            stream.Write(input);
        }
        catch (IOException)
        {
            // It stopped reading; its outcome and standard error say why.
        }

        printed.GetAwaiter().GetResult();
        var outputEnded = Stopwatch.GetTimestamp();
        File.WriteAllText(errorFile, errors.GetAwaiter().GetResult(), Encoding.UTF8);
        process.WaitForExit();
        // The first output's time is not seen through Process: the whole wait counts as the answer's.
        Times = (spawned, outputEnded, outputEnded, Stopwatch.GetTimestamp());
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
}
