namespace IacTest.Harness.Engine;

/// <summary>A network made through <see cref="IContainerEngine"/>; disposing it removes it.</summary>
internal interface IEngineNetwork : IAsyncDisposable
{
    /// <summary>The network's name.</summary>
    string Name { get; }
}
