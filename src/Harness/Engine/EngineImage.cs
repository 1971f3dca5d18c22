namespace IacTest.Harness.Engine;

/// <summary>A tag of a local image and when the image was made (the engine's clock, UTC).</summary>
/// <param name="Tag">The tag, e.g. <c>iactest/converged:0123abcd</c>.</param>
/// <param name="Created">When the image was created.</param>
internal sealed record EngineImage(string Tag, DateTimeOffset Created);
