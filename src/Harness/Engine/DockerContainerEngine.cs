using System.Text.Json;
using DotNet.Testcontainers.Builders;
using Microsoft.Extensions.Logging.Abstractions;

namespace IacTest.Harness.Engine;

/// <summary>
/// The implementation of <see cref="IContainerEngine"/> for Docker and Podman's Docker-compatible service: each
/// operation on the transport that does it best (see <see cref="ContainerEngine"/>).
/// </summary>
internal sealed class DockerContainerEngine : IContainerEngine
{
    private readonly DockerApi _api;
    private readonly Dictionary<string, string> _cliEnvironment;

    public DockerContainerEngine(EngineInfo info)
    {
        Info = info;
        _api = new DockerApi(info.Endpoint, Min(info.ApiVersion, DockerEngine.TestcontainersApiVersion));
        // The CLI and the recipes talk to the engine that answered the probe, whatever their own defaults are.
        _cliEnvironment = new Dictionary<string, string>(StringComparer.Ordinal) { ["DOCKER_HOST"] = info.Endpoint.Uri.ToString() };
    }

    public EngineInfo Info { get; }

    public IEngineContainer DefineContainer(ContainerDefinition definition) => TestcontainersContainer.Define(definition, Info);

    public async Task<IEngineNetwork> CreateNetworkAsync(string name, IReadOnlyDictionary<string, string> labels, CancellationToken ct = default)
    {
        var builder = new NetworkBuilder().WithLogger(NullLogger.Instance).WithName(name).WithCleanUp(true);
        foreach (var (key, value) in labels)
        {
            builder = builder.WithLabel(key, value);
        }

        var network = builder.Build();
        await network.CreateAsync(ct).ConfigureAwait(false);
        return new TestcontainersNetwork(network);
    }

    public Task<string> CreateBareContainerAsync(string name, object body, CancellationToken ct = default) =>
        _api.CreateContainerAsync(name, body, ct);

    public Task<ContainerState> GetContainerStateAsync(string id, CancellationToken ct = default) => _api.GetContainerStateAsync(id, ct);

    public Task PutArchiveAsync(string id, string path, Stream tar, CancellationToken ct = default) => _api.PutArchiveAsync(id, path, tar, ct);

    public Task RenameContainerAsync(string id, string newName, CancellationToken ct = default) => _api.RenameContainerAsync(id, newName, ct);

    public async Task<string?> CommitContainerAsync(string container, string tag, string labelChange, CancellationToken ct = default)
    {
        var (exitCode, output) = await HostToolRunner.RunAsync(
            "docker", ["commit", "--change", "LABEL " + labelChange, container, tag], null, ct, _cliEnvironment).ConfigureAwait(false);
        return exitCode == 0 ? null : output.Trim();
    }

    public Task CreateVolumeAsync(string name, IReadOnlyDictionary<string, string> labels, CancellationToken ct = default) =>
        _api.CreateVolumeAsync(name, labels, ct);

    public Task<IReadOnlyList<LabelledResource>> ListLabelledAsync(ResourceKind kind, string label, CancellationToken ct = default) =>
        _api.ListLabelledAsync(kind, label, ct);

    public Task RemoveAsync(ResourceKind kind, string id, CancellationToken ct = default) => _api.RemoveAsync(kind, id, ct);

    public Task<bool> ImageExistsAsync(string reference, CancellationToken ct = default) => _api.ImageExistsAsync(reference, ct);

    public async Task<string?> GetImageIdAsync(string reference, CancellationToken ct = default)
    {
        try
        {
            using var document = await _api.GetJsonAsync($"/images/{reference}/json", ct: ct).ConfigureAwait(false);
            return document.RootElement.GetProperty("Id").GetString();
        }
        catch (DockerApiException)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<EngineImage>> ListImagesAsync(string label, CancellationToken ct = default)
    {
        var filters = Uri.EscapeDataString(JsonSerializer.Serialize(new Dictionary<string, string[]> { ["label"] = [label] }));
        using var document = await _api.GetJsonAsync($"/images/json?filters={filters}", ct: ct).ConfigureAwait(false);
        var images = new List<EngineImage>();
        foreach (var image in document.RootElement.EnumerateArray())
        {
            // An image without a tag has nothing a run could find it by again.
            var tag = image.TryGetProperty("RepoTags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? tags.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t is not null and not "<none>:<none>")
                : null;
            if (tag is not null)
            {
                var created = image.TryGetProperty("Created", out var c) && c.TryGetInt64(out var seconds)
                    ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.MinValue;
                images.Add(new EngineImage(tag, created));
            }
        }

        return images;
    }

    public async Task RemoveImageAsync(string tag, CancellationToken ct = default) =>
        await HostToolRunner.RunAsync("docker", ["rmi", tag], null, ct, _cliEnvironment).ConfigureAwait(false);

    public async Task<EngineToolResult> BuildImageAsync(ImageBuildRequest request, Action<string>? progress, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var arguments = new List<string> { "build", "-q", "-f", request.Dockerfile, "-t", request.Tag };
        foreach (var (key, value) in request.Labels)
        {
            arguments.Add("--label");
            arguments.Add($"{key}={value}");
        }

        foreach (var (key, value) in request.BuildArguments)
        {
            arguments.Add("--build-arg");
            arguments.Add($"{key}={value}");
        }

        arguments.Add(request.Context);
        var (exitCode, output) = await HostToolRunner.RunAsync("docker", arguments, progress, ct, _cliEnvironment).ConfigureAwait(false);
        return new EngineToolResult(exitCode, output);
    }

    public async Task<EngineToolResult> RunImageRecipeAsync(string script, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment,
        Action<string>? progress, CancellationToken ct = default)
    {
        var variables = new Dictionary<string, string>(_cliEnvironment, StringComparer.Ordinal);
        foreach (var (key, value) in environment)
        {
            variables[key] = value;
        }

        var (exitCode, output) = await HostToolRunner.RunAsync("bash", [script, .. arguments], progress, ct, variables).ConfigureAwait(false);
        return new EngineToolResult(exitCode, output);
    }

    public Task<AttachedContainer> AttachAsync(string nameOrId, CancellationToken ct = default) =>
        AttachedContainer.FindAsync(nameOrId, _cliEnvironment, ct);

    public Task<IReadOnlyList<string>> ListRunningContainersAsync(IReadOnlyList<string> labels, string namePrefix, CancellationToken ct = default) =>
        AttachedContainer.ListRunningAsync(labels, namePrefix, _cliEnvironment, ct);

    public async Task<bool> HasRegistryMirrorAsync(CancellationToken ct = default)
    {
        try
        {
            using var info = await _api.GetJsonAsync("/info", ct: ct).ConfigureAwait(false);
            return info.RootElement.TryGetProperty("RegistryConfig", out var config)
                && config.TryGetProperty("Mirrors", out var mirrors) && mirrors.ValueKind == JsonValueKind.Array && mirrors.GetArrayLength() > 0;
        }
        catch (Exception e) when (e is DockerApiException or HttpRequestException or JsonException)
        {
            return false;
        }
    }

    private static Version Min(Version a, Version b) => a < b ? a : b;

    /// <inheritdoc />
    public override string ToString() => Info.ToString();
}
