//! The plural rules of Polish, straight from `fluent-bundle`:
//! it must tell `one`, `few` and `many` apart, or Polish messages would read wrongly.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::langid;

const FTL: &str = "\
items = { $count ->
    [one] one
    [few] few
    [many] many
   *[other] other
}
";

fn category(count: i64) -> String {
    let mut bundle = FluentBundle::new(vec![langid!("pl")]);
    bundle
        .add_resource(FluentResource::try_new(FTL.to_string()).unwrap())
        .unwrap();
    let pattern = bundle.get_message("items").unwrap().value().unwrap();
    let mut args = FluentArgs::new();
    args.set("count", FluentValue::from(count));
    let mut errors = Vec::new();
    let out = bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned();
    assert!(errors.is_empty(), "{errors:?}");
    out
}

#[test]
fn polish_counts_select_one_few_and_many() {
    let cases = [
        (1, "one"),
        (2, "few"),
        (4, "few"),
        (5, "many"),
        (0, "many"),
        // 12 to 14 end in 2 to 4 but are `many`; 22 to 24 are `few` again.
        (12, "many"),
        (22, "few"),
        (25, "many"),
        (101, "many"),
        (112, "many"),
        (122, "few"),
    ];
    for (count, expected) in cases {
        assert_eq!(category(count), expected, "{count}");
    }
}
