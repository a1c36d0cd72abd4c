namespace Disclosure.Format.Json;

/// <summary>What a document does wrong, as found by <see cref="ContractWalk"/>.</summary>
internal enum ContractViolationKind
{
    /// <summary>Nothing the walk checks is wrong (the failure lies in something it leaves to the value converters).</summary>
    None,

    /// <summary>The text is not well-formed JSON.</summary>
    Syntax,

    /// <summary>The text nests deeper than <see cref="DisclosureJsonOptions.MaxDepth"/>.</summary>
    TooDeep,

    /// <summary>A string or a property name holds an unpaired surrogate escape.</summary>
    InvalidUnicode,

    /// <summary>A property the format does not have.</summary>
    UnknownProperty,

    /// <summary>A property given twice in one object.</summary>
    DuplicateProperty,

    /// <summary>Required properties absent from an object.</summary>
    MissingProperty,

    /// <summary><c>null</c> where the member may not be blank.</summary>
    NullNotAllowed,

    /// <summary>A value of the wrong JSON type (an array for an object, a number for a string).</summary>
    WrongType,
}
