using System.ComponentModel;
using System.Text;

namespace IacTest.Harness.Engine;

/// <summary>
/// A container the harness did not start (a kept environment, or one a person named), reached with the <c>docker</c>
/// CLI — the same program Ansible's docker connection drives, so whatever converged the container can verify it.
/// Only what a verify step uses is supported: exec, copy in, read a file, logs. Its life is its owner's: it is never
/// started, stopped or removed from here.
/// </summary>
internal sealed class AttachedContainer : IEngineContainer
{
    private readonly IReadOnlyDictionary<string, string> _cliEnvironment;

    private AttachedContainer(string id, string name, string image, string ipAddress, IReadOnlyDictionary<string, string> cliEnvironment)
    {
        Id = id;
        Name = name;
        ImageName = image;
        IpAddress = ipAddress;
        _cliEnvironment = cliEnvironment;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <summary>The container's name, without the engine's leading slash.</summary>
    public string Name { get; }

    /// <summary>The image the container was created from, as its owner named it.</summary>
    public string ImageName { get; }

    /// <inheritdoc />
    public string IpAddress { get; }

    /// <inheritdoc />
    public string Hostname => "127.0.0.1";

    /// <summary>Finds the running container <paramref name="nameOrId"/>, or says in one line why it cannot be used.</summary>
    /// <exception cref="InvalidOperationException">No such container, or it is not running.</exception>
    public static async Task<AttachedContainer> FindAsync(string nameOrId, IReadOnlyDictionary<string, string> cliEnvironment, CancellationToken ct)
    {
        var (exitCode, stdout, stderr) = await DockerAsync(
            ["inspect", "--type", "container", "--format", "{{.Id}}|{{.Name}}|{{.Config.Image}}|{{.State.Running}}|{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}", nameOrId],
            null, cliEnvironment, ct).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"there is no container '{nameOrId}' to verify ({Encoding.UTF8.GetString(stderr).Trim()})");
        }

        var fields = Encoding.UTF8.GetString(stdout).Trim().Split('|');
        if (fields[3] != "true")
        {
            throw new InvalidOperationException($"the container '{nameOrId}' is not running: start it with 'docker start {nameOrId}' to verify it");
        }

        return new AttachedContainer(fields[0], fields[1].TrimStart('/'), fields[2],
            fields[4].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty, cliEnvironment);
    }

    /// <summary>The names of the running containers with every one of <paramref name="labels"/> (<c>key=value</c>) whose name starts with <paramref name="namePrefix"/>, newest first.</summary>
    public static async Task<IReadOnlyList<string>> ListRunningAsync(IReadOnlyList<string> labels, string namePrefix, IReadOnlyDictionary<string, string> cliEnvironment, CancellationToken ct)
    {
        // docker ps lists the newest first; its label filters must all match.
        var (exitCode, stdout, _) = await DockerAsync(
            ["ps", .. labels.SelectMany(label => new[] { "--filter", $"label={label}" }), "--filter", $"name=^{namePrefix}", "--format", "{{.Names}}"], null, cliEnvironment, ct).ConfigureAwait(false);
        return exitCode == 0
            ? Encoding.UTF8.GetString(stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken ct = default) => throw NotOwned("start");

    /// <inheritdoc />
    public int GetMappedPort(int containerPort) => throw NotOwned("published ports");

    /// <inheritdoc />
    public async Task<EngineExecResult> ExecAsync(IReadOnlyList<string> command, CancellationToken ct = default)
    {
        var (exitCode, stdout, stderr) = await DockerAsync(["exec", Id, .. command], null, _cliEnvironment, ct).ConfigureAwait(false);
        return new EngineExecResult(exitCode, Encoding.UTF8.GetString(stdout), Encoding.UTF8.GetString(stderr));
    }

    /// <inheritdoc />
    public async Task CopyAsync(byte[] content, string path, UnixFileMode mode, CancellationToken ct = default)
    {
        var octal = Convert.ToString((int)mode, 8);
        var (exitCode, _, stderr) = await DockerAsync(
            ["exec", "-i", Id, "/bin/sh", "-c", "umask 077 && mkdir -p \"$(dirname \"$1\")\" && cat > \"$1\" && chown 0:0 \"$1\" && chmod \"$2\" \"$1\"", "sh", path, octal],
            content, _cliEnvironment, ct).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new IOException($"cannot write {path} in {Name}: {Encoding.UTF8.GetString(stderr).Trim()}");
        }
    }

    /// <inheritdoc />
    public async Task CopyDirectoryAsync(string hostPath, string path, UnixFileMode mode, CancellationToken ct = default)
    {
        var source = new DirectoryInfo(hostPath);
        foreach (var file in source.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source.FullName, file.FullName).Replace('\\', '/');
            var content = await File.ReadAllBytesAsync(file.FullName, ct).ConfigureAwait(false);
            await CopyAsync(content, $"{path.TrimEnd('/')}/{relative}", mode, ct).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<byte[]> ReadFileAsync(string path, CancellationToken ct = default)
    {
        var (exitCode, stdout, stderr) = await DockerAsync(["exec", Id, "cat", "--", path], null, _cliEnvironment, ct).ConfigureAwait(false);
        return exitCode == 0 ? stdout : throw new FileNotFoundException($"cannot read {path} in {Name}: {Encoding.UTF8.GetString(stderr).Trim()}", path);
    }

    /// <inheritdoc />
    public async Task<(string Stdout, string Stderr)> GetLogsAsync(CancellationToken ct = default)
    {
        var (_, stdout, stderr) = await DockerAsync(["logs", Id], null, _cliEnvironment, ct).ConfigureAwait(false);
        return (Encoding.UTF8.GetString(stdout), Encoding.UTF8.GetString(stderr));
    }

    /// <inheritdoc />
    public Task<long> WaitForExitAsync(CancellationToken ct = default) => throw NotOwned("its exit");

    /// <summary>Nothing to release: the container stays as its owner left it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private NotSupportedException NotOwned(string what) =>
        new($"{Name} was attached for verify only: {what} is left to whoever started it");

    private static async Task<(int ExitCode, byte[] Stdout, byte[] Stderr)> DockerAsync(
        IReadOnlyList<string> arguments, byte[]? input, IReadOnlyDictionary<string, string> environment, CancellationToken ct)
    {
        try
        {
            return await HostToolRunner.CaptureAsync("docker", arguments, input, environment, ct).ConfigureAwait(false);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"the docker command is needed to verify a container the harness did not start, and it cannot run: {e.Message}", e);
        }
    }
}
