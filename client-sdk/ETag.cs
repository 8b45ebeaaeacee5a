using System;

namespace Mgi.Client;

/// <summary>
/// An HTTP entity tag (RFC 9110), as the service sends it in ETag, quotes included: keep it with
/// what you read, and send it back (as a call's ifNoneMatch or an options' IfNoneMatch) to ask
/// "has this changed?". Compared as the service compares it: by its exact text.
/// </summary>
public readonly struct ETag : IEquatable<ETag>
{
    private readonly string? _value;

    /// <summary>An entity tag by its text, e.g. "\"v1-3f2a\"" (quotes included, as the header carries it).</summary>
    /// <param name="value">The ETag header's value.</param>
    public ETag(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Equal by exact text.</summary>
    /// <param name="left">An entity tag.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when they are the same tag.</returns>
    public static bool operator ==(ETag left, ETag right) => left.Equals(right);

    /// <summary>Not equal by exact text.</summary>
    /// <param name="left">An entity tag.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ETag left, ETag right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ETag other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ETag other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The header's value, quotes included.</summary>
    /// <returns>The text sent as If-None-Match.</returns>
    public override string ToString() => _value ?? string.Empty;

    internal static ETag? From(string? header) => header is null ? null : new ETag(header);
}
