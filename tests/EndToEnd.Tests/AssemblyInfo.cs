// Each collection here starts a whole suite; one at a time keeps two suites from competing for the machine's cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
