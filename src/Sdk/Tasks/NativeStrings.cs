using System.Collections;
using System.Runtime.InteropServices;

namespace IacTest.Sdk.Tasks;

/// <summary>
/// NUL-terminated UTF-8 copies of managed strings for a native call, freed together: the argument and environment
/// vectors of <c>posix_spawn</c>.
/// </summary>
internal sealed class NativeStrings : IDisposable
{
    private readonly List<IntPtr> _allocated = [];

    /// <summary>This process's environment as <c>NAME=value</c> strings (what .NET sees, including its own changes).</summary>
    public static IEnumerable<string> Environment()
    {
        foreach (DictionaryEntry variable in System.Environment.GetEnvironmentVariables())
        {
            yield return $"{variable.Key}={variable.Value}";
        }
    }

    /// <summary>A native copy of <paramref name="text"/>, alive until this instance is disposed.</summary>
    public IntPtr Add(string text)
    {
        var pointer = Marshal.StringToCoTaskMemUTF8(text);
        _allocated.Add(pointer);
        return pointer;
    }

    /// <summary>A null-terminated vector of native copies (<c>char *const argv[]</c>); pin it for the call.</summary>
    public IntPtr[] Vector(IEnumerable<string> texts)
    {
        var vector = new List<IntPtr>();
        foreach (var text in texts)
        {
            vector.Add(Add(text));
        }

        vector.Add(IntPtr.Zero);
        return [.. vector];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var pointer in _allocated)
        {
            Marshal.FreeCoTaskMem(pointer);
        }

        _allocated.Clear();
    }
}
