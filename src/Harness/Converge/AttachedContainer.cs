using System.Diagnostics;
using System.Globalization;
using System.Text;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using DotNet.Testcontainers.Images;
using DotNet.Testcontainers.Networks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IacTest.Harness.Converge;

/// <summary>
/// A container the harness did not start (a kept environment, or one a person named), reached with the <c>docker</c>
/// CLI — the same program Ansible's docker connection drives, so whatever converged the container can verify it.
/// Only what a verify step uses is supported: exec, copy in, read a file, logs. Its life is its owner's: it is never
/// started, stopped or removed from here.
/// </summary>
internal sealed class AttachedContainer : IContainer
{
    private AttachedContainer(string id, string name, string image, string ipAddress)
    {
        Id = id;
        Name = name;
        Image = new DockerImage(image);
        IpAddress = ipAddress;
    }

#pragma warning disable CS0067 // Lifecycle events: an attached container goes through none of them here.
    public event EventHandler? Creating;

    public event EventHandler? Starting;

    public event EventHandler? Stopping;

    public event EventHandler? Pausing;

    public event EventHandler? Unpausing;

    public event EventHandler? Created;

    public event EventHandler? Started;

    public event EventHandler? Stopped;

    public event EventHandler? Paused;

    public event EventHandler? Unpaused;
#pragma warning restore CS0067

    public DateTime CreatedTime => default;

    public DateTime StartedTime => default;

    public DateTime StoppedTime => default;

    public DateTime PausedTime => default;

    public DateTime UnpausedTime => default;

    public ILogger Logger => NullLogger.Instance;

    public string Id { get; }

    public string Name { get; }

    public string IpAddress { get; }

    public string MacAddress => string.Empty;

    public string Hostname => "127.0.0.1";

    public IImage Image { get; }

    public TestcontainersStates State => TestcontainersStates.Running;

    public TestcontainersHealthStatus Health => TestcontainersHealthStatus.None;

    public long HealthCheckFailingStreak => 0;

    /// <summary>Finds the running container <paramref name="nameOrId"/>, or says in one line why it cannot be used.</summary>
    /// <exception cref="InvalidOperationException">No such container, or it is not running.</exception>
    public static async Task<AttachedContainer> FindAsync(string nameOrId, CancellationToken ct)
    {
        var (exitCode, stdout, stderr) = await DockerAsync(
            ["inspect", "--type", "container", "--format", "{{.Id}}|{{.Name}}|{{.Config.Image}}|{{.State.Running}}|{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}", nameOrId],
            null, ct).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"there is no container '{nameOrId}' to verify ({Encoding.UTF8.GetString(stderr).Trim()})");
        }

        var fields = Encoding.UTF8.GetString(stdout).Trim().Split('|');
        if (fields[3] != "true")
        {
            throw new InvalidOperationException($"the container '{nameOrId}' is not running: start it with 'docker start {nameOrId}' to verify it");
        }

        return new AttachedContainer(fields[0], fields[1].TrimStart('/'), fields[2], fields[4].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty);
    }

    public async Task<ExecResult> ExecAsync(IList<string> command, CancellationToken ct = default)
    {
        var (exitCode, stdout, stderr) = await DockerAsync(["exec", Id, .. command], null, ct).ConfigureAwait(false);
        return new ExecResult(Encoding.UTF8.GetString(stdout), Encoding.UTF8.GetString(stderr), exitCode);
    }

    public async Task CopyAsync(byte[] fileContent, string filePath, uint uid = 0, uint gid = 0, UnixFileModes fileMode = Unix.FileMode644, CancellationToken ct = default)
    {
        var mode = Convert.ToString((int)fileMode, 8);
        var (exitCode, _, stderr) = await DockerAsync(
            ["exec", "-i", Id, "/bin/sh", "-c", "umask 077 && mkdir -p \"$(dirname \"$1\")\" && cat > \"$1\" && chown \"$2:$3\" \"$1\" && chmod \"$4\" \"$1\"", "sh",
                filePath, uid.ToString(CultureInfo.InvariantCulture), gid.ToString(CultureInfo.InvariantCulture), mode],
            fileContent, ct).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new IOException($"cannot write {filePath} in {Name}: {Encoding.UTF8.GetString(stderr).Trim()}");
        }
    }

    public Task CopyAsync(string source, string target, uint uid = 0, uint gid = 0, UnixFileModes fileMode = Unix.FileMode644, CancellationToken ct = default) =>
        Directory.Exists(source) ? CopyAsync(new DirectoryInfo(source), target, uid, gid, fileMode, ct) : CopyAsync(new FileInfo(source), target, uid, gid, fileMode, ct);

    public async Task CopyAsync(DirectoryInfo source, string target, uint uid = 0, uint gid = 0, UnixFileModes fileMode = Unix.FileMode644, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var file in source.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source.FullName, file.FullName).Replace('\\', '/');
            await CopyAsync(file, $"{target.TrimEnd('/')}/{relative}", uid, gid, fileMode, ct).ConfigureAwait(false);
        }
    }

    public async Task CopyAsync(FileInfo source, string target, uint uid = 0, uint gid = 0, UnixFileModes fileMode = Unix.FileMode644, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await CopyAsync(await File.ReadAllBytesAsync(source.FullName, ct).ConfigureAwait(false), target, uid, gid, fileMode, ct).ConfigureAwait(false);
    }

    public async Task<byte[]> ReadFileAsync(string filePath, CancellationToken ct = default)
    {
        var (exitCode, stdout, stderr) = await DockerAsync(["exec", Id, "cat", "--", filePath], null, ct).ConfigureAwait(false);
        return exitCode == 0 ? stdout : throw new FileNotFoundException($"cannot read {filePath} in {Name}: {Encoding.UTF8.GetString(stderr).Trim()}", filePath);
    }

    public async Task<(string Stdout, string Stderr)> GetLogsAsync(DateTime since = default, DateTime until = default, bool timestampsEnabled = true, CancellationToken ct = default)
    {
        var (_, stdout, stderr) = await DockerAsync(["logs", Id], null, ct).ConfigureAwait(false);
        return (Encoding.UTF8.GetString(stdout), Encoding.UTF8.GetString(stderr));
    }

    public ushort GetMappedPublicPort() => throw NotOwned("published ports");

    public ushort GetMappedPublicPort(int containerPort) => throw NotOwned("published ports");

    public ushort GetMappedPublicPort(string containerPort) => throw NotOwned("published ports");

    public IReadOnlyDictionary<ushort, ushort> GetMappedPublicPorts() => throw NotOwned("published ports");

    public string GetConnectionString(ConnectionMode connectionMode = ConnectionMode.Host) => throw NotOwned("connection strings");

    public string GetConnectionString(string name, ConnectionMode connectionMode = ConnectionMode.Host) => throw NotOwned("connection strings");

    public Task<long> GetExitCodeAsync(CancellationToken ct = default) => throw NotOwned("its exit");

    public Task StartAsync(CancellationToken ct = default) => throw NotOwned("start");

    public Task StopAsync(CancellationToken ct = default) => throw NotOwned("stop");

    public Task PauseAsync(CancellationToken ct = default) => throw NotOwned("pause");

    public Task UnpauseAsync(CancellationToken ct = default) => throw NotOwned("unpause");

    public Task ConnectAsync(string networkName, CancellationToken ct = default) => throw NotOwned("network changes");

    public Task ConnectAsync(INetwork network, CancellationToken ct = default) => throw NotOwned("network changes");

    /// <summary>Nothing to release: the container stays as its owner left it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private NotSupportedException NotOwned(string what) =>
        new($"{Name} was attached for verify only: {what} is left to whoever started it");

    private static async Task<(int ExitCode, byte[] Stdout, byte[] Stderr)> DockerAsync(IReadOnlyList<string> arguments, byte[]? input, CancellationToken ct)
    {
        var info = new ProcessStartInfo("docker")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"the docker command is needed to verify a container the harness did not start, and it cannot run: {e.Message}", e);
        }

        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        // Both streams are drained while the input is written, so a full pipe cannot stall either side.
        var reading = Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(stdout, ct), process.StandardError.BaseStream.CopyToAsync(stderr, ct));
        if (input is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(input, ct).ConfigureAwait(false);
        }

        process.StandardInput.Close();
        try
        {
            await reading.ConfigureAwait(false);
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, stdout.ToArray(), stderr.ToArray());
    }
}
