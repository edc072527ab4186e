//! The hash functions behind the `crypto` module (`js/lib/crypto.js`):
//! MD5, SHA-1 and the SHA-2 family, plain and as HMAC, with the RustCrypto
//! crates. Native code, not JavaScript, because Express hashes every
//! response body for its ETag (`etag`, SHA-1) and signs cookies
//! (`cookie-signature`, HMAC-SHA-256): in Boa a JavaScript SHA-1 would cost
//! milliseconds per response. The same code runs native and in the wasm, so
//! both give the same bytes (the tests check them against Node's).
//!
//! Bytes cross the host boundary as strings of code units 0-255 (latin1),
//! which `Buffer.from(s, 'latin1')` and `buffer.latin1Slice()` convert.

use boa_engine::{Context, JsResult, JsString, JsValue};
use hmac::{Hmac, Mac};
use sha2::Digest;

fn bytes_of(value: &JsValue, context: &mut Context) -> JsResult<Vec<u8>> {
    let s = value.to_string(context)?;
    Ok(s.iter().map(|u| u as u8).collect())
}

fn latin1(bytes: &[u8]) -> JsValue {
    let units: Vec<u16> = bytes.iter().map(|&b| u16::from(b)).collect();
    JsString::from(&units[..]).into()
}

fn digest_with(alg: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match alg {
        "md5" => md5::Md5::digest(data).to_vec(),
        "sha1" => sha1::Sha1::digest(data).to_vec(),
        "sha224" => sha2::Sha224::digest(data).to_vec(),
        "sha256" => sha2::Sha256::digest(data).to_vec(),
        "sha384" => sha2::Sha384::digest(data).to_vec(),
        "sha512" => sha2::Sha512::digest(data).to_vec(),
        "sha512-224" => sha2::Sha512_224::digest(data).to_vec(),
        "sha512-256" => sha2::Sha512_256::digest(data).to_vec(),
        _ => return None,
    })
}

fn hmac_with(alg: &str, key: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    macro_rules! mac {
        ($t:ty) => {{
            let mut m = <Hmac<$t>>::new_from_slice(key).ok()?;
            m.update(data);
            m.finalize().into_bytes().to_vec()
        }};
    }
    Some(match alg {
        "md5" => mac!(md5::Md5),
        "sha1" => mac!(sha1::Sha1),
        "sha224" => mac!(sha2::Sha224),
        "sha256" => mac!(sha2::Sha256),
        "sha384" => mac!(sha2::Sha384),
        "sha512" => mac!(sha2::Sha512),
        "sha512-224" => mac!(sha2::Sha512_224),
        "sha512-256" => mac!(sha2::Sha512_256),
        _ => return None,
    })
}

/// PBKDF2 (RFC 8018) with HMAC-`alg`: `keylen` bytes from `iterations`
/// rounds, block by block (`T_i = U_1 ^ ... ^ U_c`).
fn pbkdf2_with(alg: &str, password: &[u8], salt: &[u8], iterations: u32, keylen: usize) -> Option<Vec<u8>> {
    fn run<M: Mac + hmac::digest::KeyInit + Clone>(
        password: &[u8],
        salt: &[u8],
        iterations: u32,
        keylen: usize,
    ) -> Option<Vec<u8>> {
        let keyed = <M as hmac::digest::KeyInit>::new_from_slice(password).ok()?;
        let mut out = Vec::with_capacity(keylen);
        let mut block = 1u32;
        while out.len() < keylen {
            let mut mac = keyed.clone();
            mac.update(salt);
            mac.update(&block.to_be_bytes());
            let mut u = mac.finalize().into_bytes();
            let mut t = u.clone();
            for _ in 1..iterations {
                let mut mac = keyed.clone();
                mac.update(&u);
                u = mac.finalize().into_bytes();
                t.iter_mut().zip(u.iter()).for_each(|(a, b)| *a ^= b);
            }
            let take = (keylen - out.len()).min(t.len());
            out.extend_from_slice(&t[..take]);
            block += 1;
        }
        Some(out)
    }
    match alg {
        "md5" => run::<Hmac<md5::Md5>>(password, salt, iterations, keylen),
        "sha1" => run::<Hmac<sha1::Sha1>>(password, salt, iterations, keylen),
        "sha224" => run::<Hmac<sha2::Sha224>>(password, salt, iterations, keylen),
        "sha256" => run::<Hmac<sha2::Sha256>>(password, salt, iterations, keylen),
        "sha384" => run::<Hmac<sha2::Sha384>>(password, salt, iterations, keylen),
        "sha512" => run::<Hmac<sha2::Sha512>>(password, salt, iterations, keylen),
        "sha512-224" => run::<Hmac<sha2::Sha512_224>>(password, salt, iterations, keylen),
        "sha512-256" => run::<Hmac<sha2::Sha512_256>>(password, salt, iterations, keylen),
        _ => None,
    }
}

/// `host.pbkdf2(alg, password, salt, iterations, keylen)`: the derived key
/// as latin1, or `undefined` for an algorithm the playground lacks.
pub(crate) fn pbkdf2(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let alg =
        args.first().cloned().unwrap_or_default().to_string(context)?.to_std_string_escaped().to_ascii_lowercase();
    let password = bytes_of(&args.get(1).cloned().unwrap_or_default(), context)?;
    let salt = bytes_of(&args.get(2).cloned().unwrap_or_default(), context)?;
    let iterations = args.get(3).cloned().unwrap_or_default().to_u32(context)?.max(1);
    let keylen = args.get(4).cloned().unwrap_or_default().to_u32(context)? as usize;
    Ok(pbkdf2_with(&alg, &password, &salt, iterations, keylen).map_or(JsValue::undefined(), |d| latin1(&d)))
}

/// `host.digest(alg, bytes)`: the digest as latin1, or `undefined` for an
/// algorithm the playground lacks.
pub(crate) fn digest(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let alg =
        args.first().cloned().unwrap_or_default().to_string(context)?.to_std_string_escaped().to_ascii_lowercase();
    let data = bytes_of(&args.get(1).cloned().unwrap_or_default(), context)?;
    Ok(digest_with(&alg, &data).map_or(JsValue::undefined(), |d| latin1(&d)))
}

/// `host.hmac(alg, key, bytes)`: the MAC as latin1, or `undefined`.
pub(crate) fn hmac(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let alg =
        args.first().cloned().unwrap_or_default().to_string(context)?.to_std_string_escaped().to_ascii_lowercase();
    let key = bytes_of(&args.get(1).cloned().unwrap_or_default(), context)?;
    let data = bytes_of(&args.get(2).cloned().unwrap_or_default(), context)?;
    Ok(hmac_with(&alg, &key, &data).map_or(JsValue::undefined(), |d| latin1(&d)))
}

#[cfg(test)]
mod tests {
    use super::{digest_with, hmac_with, pbkdf2_with};

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn known_vectors() {
        assert_eq!(hex(&digest_with("sha1", b"abc").unwrap()), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(hex(&digest_with("md5", b"").unwrap()), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(
            hex(&hmac_with("sha256", b"key", b"The quick brown fox jumps over the lazy dog").unwrap()),
            "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
        );
        assert!(digest_with("whirlpool", b"").is_none());
        // RFC 6070 test vectors (PBKDF2-HMAC-SHA1).
        assert_eq!(
            hex(&pbkdf2_with("sha1", b"password", b"salt", 2, 20).unwrap()),
            "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"
        );
        assert_eq!(
            hex(&pbkdf2_with("sha1", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25)
                .unwrap()),
            "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"
        );
    }
}
