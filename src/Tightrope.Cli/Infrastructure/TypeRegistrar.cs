using Spectre.Console.Cli;

namespace Tightrope.Cli.Infrastructure;

/// <summary>
/// A minimal registrar for Spectre.Console.Cli: instances and types, resolved by constructor injection. Written
/// here because the commands need only a handful of singletons and a container package would be the larger thing.
/// </summary>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<TypeResolver, object>> _factories = [];

    public void Register(Type service, Type implementation) => _factories[service] = r => r.Create(implementation);

    public void RegisterInstance(Type service, object implementation) => _factories[service] = _ => implementation;

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        _factories[service] = _ => lazy.Value;
    }

    public ITypeResolver Build() => new TypeResolver(_factories);

    internal sealed class TypeResolver(Dictionary<Type, Func<TypeResolver, object>> factories) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }

            if (factories.TryGetValue(type, out var factory))
            {
                return factory(this);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                var element = type.GetGenericArguments()[0];
                var items = factories.TryGetValue(element, out var one) ? new[] { one(this) } : [];
                var array = Array.CreateInstance(element, items.Length);
                items.CopyTo(array, 0);
                return array;
            }

            return type.IsAbstract || type.IsInterface ? null : Create(type);
        }

        public object Create(Type type)
        {
            var ctor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var args = ctor.GetParameters().Select(p => Resolve(p.ParameterType)
                ?? throw new InvalidOperationException($"No registration for {p.ParameterType.Name}")).ToArray();
            return ctor.Invoke(args);
        }
    }
}
