#!/usr/bin/env bash
# Re-creates the patched dependencies under vendor/ from the crates exactly as
# published on crates.io, then applies our patches (see vendor/README.md).
#
# Usage (from anywhere):
#   vendor/update.sh                  every crate: pristine copy + its patch
#   vendor/update.sh NAME             one crate (boa_parser, boa_engine)
#   vendor/update.sh --diff NAME      write vendor/NAME.patch from the
#                                     differences between the published crate
#                                     and vendor/NAME (after editing there)
#
# The published crate comes from cargo's download cache
# ($CARGO_HOME/registry/cache/*/NAME-VERSION.crate); when it is not there,
# cargo fetches it through a throwaway manifest (the ordinary client, with
# the registry's checksum).
set -euo pipefail
VENDOR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"

# name version: keep in step with Cargo.lock.
CRATES="boa_parser 0.22.0
boa_engine 0.22.0"

version_of() { awk -v n="$1" '$1 == n { print $2 }' <<<"$CRATES"; }

crate_file() { # name version -> path of the .crate, downloading it if needed
  local name="$1" version="$2" found scratch
  found="$(ls "$CARGO_HOME"/registry/cache/*/"$name-$version.crate" 2>/dev/null | head -n 1 || true)"
  if [ -z "$found" ]; then
    scratch="$(mktemp -d "${TMPDIR:-/tmp}/vendor-fetch.XXXXXX")"
    mkdir -p "$scratch/src"
    : >"$scratch/src/lib.rs"
    printf '[package]\nname = "vendor-fetch"\nversion = "0.0.0"\nedition = "2021"\n[workspace]\n[dependencies]\n%s = { version = "=%s", default-features = false }\n' \
      "$name" "$version" >"$scratch/Cargo.toml"
    cargo fetch --manifest-path "$scratch/Cargo.toml" >&2
    rm -rf "$scratch"
    found="$(ls "$CARGO_HOME"/registry/cache/*/"$name-$version.crate" | head -n 1)"
  fi
  printf '%s\n' "$found"
}

pristine() { # name dest-dir: unpack the published crate as dest-dir/name
  local name="$1" dest="$2" version
  version="$(version_of "$name")"
  [ -n "$version" ] || { echo "vendor/update.sh: unknown crate '$name'" >&2; exit 2; }
  mkdir -p "$dest"
  tar -xzf "$(crate_file "$name" "$version")" -C "$dest"
  mv "$dest/$name-$version" "$dest/$name"
}

update() { # name
  local name="$1" scratch
  scratch="$(mktemp -d "${TMPDIR:-/tmp}/vendor-update.XXXXXX")"
  pristine "$name" "$scratch"
  rm -rf "${VENDOR:?}/$name"
  mv "$scratch/$name" "$VENDOR/$name"
  rm -rf "$scratch"
  if [ -f "$VENDOR/$name.patch" ]; then
    patch --quiet --no-backup-if-mismatch -p1 -d "$VENDOR" <"$VENDOR/$name.patch"
  fi
  echo "vendor/$name: $name $(version_of "$name") as published + vendor/$name.patch"
}

refresh_patch() { # name
  local name="$1" scratch status
  scratch="$(mktemp -d "${TMPDIR:-/tmp}/vendor-diff.XXXXXX")"
  pristine "$name" "$scratch/a"
  mkdir -p "$scratch/b"
  cp -a "$VENDOR/$name" "$scratch/b/$name"
  set +e
  (cd "$scratch" && LC_ALL=C diff -ruN "a/$name" "b/$name" | sed -E 's/^(---|\+\+\+) ([^\t]*)\t.*/\1 \2/') >"$VENDOR/$name.patch"
  status=$?
  set -e
  rm -rf "$scratch"
  [ "$status" -le 1 ] || exit "$status"
  echo "vendor/$name.patch: $(grep -c '^@@' "$VENDOR/$name.patch") hunks"
}

if [ "${1:-}" = --diff ]; then
  [ -n "${2:-}" ] || { echo "usage: vendor/update.sh --diff NAME" >&2; exit 2; }
  refresh_patch "$2"
elif [ -n "${1:-}" ]; then
  update "$1"
else
  while read -r name _; do update "$name"; done <<<"$CRATES"
fi
