namespace IacTest.Harness.Engine;

/// <summary>
/// The one way the harness reaches the container engine. Environments, images, the converge cache and the reaper ask
/// it, never Testcontainers, the engine's HTTP API or its CLI directly; its implementation picks the transport for
/// each operation (see <see cref="ContainerEngine"/>), so a second engine or transport is one new implementation.
/// </summary>
internal interface IContainerEngine
{
    /// <summary>The engine that answered: endpoint, version, API version, Docker or Podman.</summary>
    EngineInfo Info { get; }

    /// <summary>Defines a container (created and started by <see cref="IEngineContainer.StartAsync"/>).</summary>
    IEngineContainer DefineContainer(ContainerDefinition definition);

    /// <summary>Creates a network named <paramref name="name"/> carrying <paramref name="labels"/>.</summary>
    Task<IEngineNetwork> CreateNetworkAsync(string name, IReadOnlyDictionary<string, string> labels, CancellationToken ct = default);

    /// <summary>Creates (does not start) a container from an engine create request body; returns its id.</summary>
    Task<string> CreateBareContainerAsync(string name, object body, CancellationToken ct = default);

    /// <summary>A container's state: running or not, its exit code, and the engine's error when it could not run.</summary>
    Task<ContainerState> GetContainerStateAsync(string id, CancellationToken ct = default);

    /// <summary>Extracts a tar archive into <paramref name="path"/> of a container (created or running).</summary>
    Task PutArchiveAsync(string id, string path, Stream tar, CancellationToken ct = default);

    /// <summary>Renames a container.</summary>
    Task RenameContainerAsync(string id, string newName, CancellationToken ct = default);

    /// <summary>Commits a container's file system as image <paramref name="tag"/> with a <c>LABEL</c> change; null on success, else the engine's error.</summary>
    Task<string?> CommitContainerAsync(string container, string tag, string labelChange, CancellationToken ct = default);

    /// <summary>Creates a named volume carrying <paramref name="labels"/>.</summary>
    Task CreateVolumeAsync(string name, IReadOnlyDictionary<string, string> labels, CancellationToken ct = default);

    /// <summary>Lists containers, networks or volumes carrying label <paramref name="label"/>.</summary>
    Task<IReadOnlyList<LabelledResource>> ListLabelledAsync(ResourceKind kind, string label, CancellationToken ct = default);

    /// <summary>Removes a resource, forcefully for containers (with their anonymous volumes); a missing one is fine.</summary>
    Task RemoveAsync(ResourceKind kind, string id, CancellationToken ct = default);

    /// <summary>True when an image with this reference exists locally.</summary>
    Task<bool> ImageExistsAsync(string reference, CancellationToken ct = default);

    /// <summary>The id of a local image, or null when there is none by that reference.</summary>
    Task<string?> GetImageIdAsync(string reference, CancellationToken ct = default);

    /// <summary>The local images carrying label <paramref name="label"/>: each tag with the image's creation time.</summary>
    Task<IReadOnlyList<EngineImage>> ListImagesAsync(string label, CancellationToken ct = default);

    /// <summary>Removes an image tag; a missing one is fine.</summary>
    Task RemoveImageAsync(string tag, CancellationToken ct = default);

    /// <summary>Builds an image from a Dockerfile and a context folder; the output streams to <paramref name="progress"/>.</summary>
    Task<EngineToolResult> BuildImageAsync(ImageBuildRequest request, Action<string>? progress, CancellationToken ct = default);

    /// <summary>
    /// Runs an image recipe script (bash) that makes an image with the engine's own tools, pointed at this engine;
    /// the output streams to <paramref name="progress"/>.
    /// </summary>
    Task<EngineToolResult> RunImageRecipeAsync(string script, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment,
        Action<string>? progress, CancellationToken ct = default);

    /// <summary>A running container the harness did not start, found by name or id, for verify only; never started, stopped or removed.</summary>
    /// <exception cref="InvalidOperationException">No such container, or it is not running.</exception>
    Task<AttachedContainer> AttachAsync(string nameOrId, CancellationToken ct = default);

    /// <summary>The names of the running containers with every one of <paramref name="labels"/> (<c>key=value</c>) whose name starts with <paramref name="namePrefix"/>, newest first.</summary>
    Task<IReadOnlyList<string>> ListRunningContainersAsync(IReadOnlyList<string> labels, string namePrefix, CancellationToken ct = default);

    /// <summary>Whether the engine is configured with a registry mirror (which may serve images whose registry does not answer).</summary>
    Task<bool> HasRegistryMirrorAsync(CancellationToken ct = default);
}
