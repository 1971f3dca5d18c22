using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace IacTest.Harness.Engine;

/// <summary>
/// A small client for the engine's HTTP API: the transport of <see cref="ContainerEngine"/> for the calls answered in
/// one request (version, state, labelled resources, removal, images); harness code goes through the facade instead.
/// </summary>
public sealed class DockerApi : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates a client for <paramref name="endpoint"/>; <paramref name="apiVersion"/> prefixes paths.</summary>
    public DockerApi(DockerEndpoint endpoint, Version? apiVersion = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Endpoint = endpoint;
        ApiVersion = apiVersion;
        var handler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) };
        Uri baseAddress;
        if (endpoint.IsUnixSocket)
        {
            var socketPath = endpoint.Uri.AbsolutePath;
            handler.ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), ct).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
            baseAddress = new Uri("http://docker/");
        }
        else
        {
            baseAddress = new UriBuilder("http", endpoint.Uri.Host, endpoint.Uri.Port).Uri;
        }

        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
    }

    /// <summary>The endpoint this client talks to.</summary>
    public DockerEndpoint Endpoint { get; }

    /// <summary>The API version paths are prefixed with, or null for unversioned paths.</summary>
    public Version? ApiVersion { get; }

    private string PathOf(string path) => ApiVersion is null ? path : $"v{ApiVersion}{path}";

    /// <summary>Asks the engine who it is (unversioned, so any engine answers).</summary>
    public async Task<EngineInfo> GetVersionAsync(CancellationToken ct = default)
    {
        using var document = await GetJsonAsync("/version", versioned: false, ct).ConfigureAwait(false);
        var root = document.RootElement;
        var version = root.TryGetProperty("Version", out var v) ? v.GetString() ?? "?" : "?";
        var api = root.TryGetProperty("ApiVersion", out var a) ? a.GetString() ?? "1.41" : "1.41";
        var isPodman = root.TryGetProperty("Components", out var components) && components.ValueKind == JsonValueKind.Array
            && components.EnumerateArray().Any(c => c.TryGetProperty("Name", out var n)
                && (n.GetString() ?? "").Contains("Podman", StringComparison.OrdinalIgnoreCase));
        return new EngineInfo(Endpoint, version, Version.Parse(api), isPodman);
    }

    /// <summary>GETs <paramref name="path"/> and parses the JSON answer.</summary>
    public async Task<JsonDocument> GetJsonAsync(string path, bool versioned = true, CancellationToken ct = default)
    {
        using var response = await _http.GetAsync(versioned ? PathOf(path) : path, ct).ConfigureAwait(false);
        await EnsureSuccessAsync(response, path, ct).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: ct).ConfigureAwait(false);
    }

    /// <summary>Lists containers, networks or volumes (<paramref name="kind"/>) carrying label <paramref name="label"/>.</summary>
    public async Task<IReadOnlyList<LabelledResource>> ListLabelledAsync(ResourceKind kind, string label, CancellationToken ct = default)
    {
        var filters = Uri.EscapeDataString(JsonSerializer.Serialize(new Dictionary<string, string[]> { ["label"] = [label] }));
        var path = kind switch
        {
            ResourceKind.Container => $"/containers/json?all=true&filters={filters}",
            ResourceKind.Network => $"/networks?filters={filters}",
            _ => $"/volumes?filters={filters}",
        };
        using var document = await GetJsonAsync(path, ct: ct).ConfigureAwait(false);
        var items = kind == ResourceKind.Volume
            ? document.RootElement.TryGetProperty("Volumes", out var volumes) && volumes.ValueKind == JsonValueKind.Array ? volumes : default
            : document.RootElement;
        var result = new List<LabelledResource>();
        if (items.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var item in items.EnumerateArray())
        {
            var id = kind == ResourceKind.Volume ? item.GetProperty("Name").GetString()! : item.GetProperty("Id").GetString()!;
            var name = kind switch
            {
                ResourceKind.Container => item.TryGetProperty("Names", out var names) && names.GetArrayLength() > 0
                    ? names[0].GetString()!.TrimStart('/') : id,
                _ => item.GetProperty("Name").GetString()!,
            };
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (item.TryGetProperty("Labels", out var l) && l.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in l.EnumerateObject())
                {
                    labels[p.Name] = p.Value.GetString() ?? "";
                }
            }

            result.Add(new LabelledResource(kind, id, name, labels));
        }

        return result;
    }

    /// <summary>Removes a resource, forcefully for containers (with their anonymous volumes); a missing one is fine.</summary>
    public async Task RemoveAsync(ResourceKind kind, string id, CancellationToken ct = default)
    {
        var path = kind switch
        {
            ResourceKind.Container => $"/containers/{id}?force=true&v=true",
            ResourceKind.Network => $"/networks/{id}",
            _ => $"/volumes/{id}?force=true",
        };
        using var response = await _http.DeleteAsync(PathOf(path), ct).ConfigureAwait(false);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return;
        }

        // A container whose removal another caller already started (the reaper, a teardown racing a failure path)
        // is going away as asked: the engine answers 409 "removal … is already in progress".
        if (kind == ResourceKind.Container && response.StatusCode == System.Net.HttpStatusCode.Conflict
            && (await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false)).Contains("already in progress", StringComparison.Ordinal))
        {
            return;
        }

        await EnsureSuccessAsync(response, path, ct).ConfigureAwait(false);
    }

    /// <summary>Renames a container.</summary>
    public async Task RenameContainerAsync(string id, string newName, CancellationToken ct = default)
    {
        using var response = await _http.PostAsync(PathOf($"/containers/{id}/rename?name={Uri.EscapeDataString(newName)}"), null, ct)
            .ConfigureAwait(false);
        await EnsureSuccessAsync(response, "rename", ct).ConfigureAwait(false);
    }

    /// <summary>Creates a named volume carrying <paramref name="labels"/>.</summary>
    public async Task CreateVolumeAsync(string name, IReadOnlyDictionary<string, string> labels, CancellationToken ct = default)
    {
        using var response = await _http.PostAsJsonAsync(PathOf("/volumes/create"), new { Name = name, Labels = labels }, ct).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "volume create", ct).ConfigureAwait(false);
    }

    /// <summary>Creates (does not start) a container from a create request body; returns its id.</summary>
    public async Task<string> CreateContainerAsync(string name, object body, CancellationToken ct = default)
    {
        using var response = await _http.PostAsJsonAsync(PathOf($"/containers/create?name={Uri.EscapeDataString(name)}"), body, ct).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "container create", ct).ConfigureAwait(false);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(ct).ConfigureAwait(false);
        return created.GetProperty("Id").GetString()!;
    }

    /// <summary>Extracts a tar archive into <paramref name="path"/> of a container (created or running).</summary>
    public async Task PutArchiveAsync(string id, string path, Stream tar, CancellationToken ct = default)
    {
        using var content = new StreamContent(tar);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-tar");
        using var response = await _http.PutAsync(PathOf($"/containers/{id}/archive?path={Uri.EscapeDataString(path)}"), content, ct).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "archive", ct).ConfigureAwait(false);
    }

    /// <summary>A container's state: running or not, its exit code, and the engine's error when it could not run.</summary>
    public async Task<ContainerState> GetContainerStateAsync(string id, CancellationToken ct = default)
    {
        using var document = await GetJsonAsync($"/containers/{id}/json", ct: ct).ConfigureAwait(false);
        var state = document.RootElement.GetProperty("State");
        return new ContainerState(
            state.TryGetProperty("Running", out var running) && running.GetBoolean(),
            state.TryGetProperty("ExitCode", out var code) ? code.GetInt32() : 0,
            state.TryGetProperty("Error", out var error) ? error.GetString() ?? "" : "",
            state.TryGetProperty("OOMKilled", out var oom) && oom.GetBoolean());
    }

    /// <summary>True when an image with this reference exists locally.</summary>
    public async Task<bool> ImageExistsAsync(string reference, CancellationToken ct = default)
    {
        using var response = await _http.GetAsync(PathOf($"/images/{reference}/json"), ct).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string path, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        string message;
        try
        {
            var error = await response.Content.ReadFromJsonAsync<JsonElement>(ct).ConfigureAwait(false);
            message = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : error.ToString();
        }
        catch (JsonException)
        {
            message = response.ReasonPhrase ?? "";
        }

        throw new DockerApiException($"Docker API {path} answered {(int)response.StatusCode}: {message}");
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
