import { generateKeyPairSync, randomBytes, sign, X509Certificate } from "node:crypto";
import { AsnConvert } from "@peculiar/asn1-schema";
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  Certificate,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from "@peculiar/asn1-x509";

const SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
const COMMON_NAME = "2.5.4.3";
const VALID_YEARS = 10;

export type SpKeyPair = { privateKeyPem: string; certificatePem: string };

/**
 * A new RSA-2048 key pair and a self-signed X.509 certificate for it (SHA-256), for signing AuthnRequests. node:crypto
 * parses certificates but cannot issue one: the certificate's ASN.1 is built with @peculiar/asn1-x509 and signed here.
 * IdPs pin the certificate itself, so its subject and lifetime carry no trust (ten years, not to expire under them;
 * valid from an hour back, for an IdP whose clock runs behind).
 */
export function createSpCertificate(commonName: string, now = new Date()): SpKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const name = new Name([new RelativeDistinguishedName([new AttributeTypeAndValue({ type: COMMON_NAME, value: new AttributeValue({ utf8String: commonName }) })])]);
  const algorithm = new AlgorithmIdentifier({ algorithm: SHA256_WITH_RSA, parameters: null });
  const serial = randomBytes(16);
  serial[0] &= 0x7f; // a positive INTEGER (RFC 5280 §4.1.2.2)
  const tbsCertificate = new TBSCertificate({
    version: Version.v3,
    serialNumber: serial.buffer.slice(serial.byteOffset, serial.byteOffset + serial.length),
    signature: algorithm,
    issuer: name,
    subject: name,
    validity: new Validity({ notBefore: new Date(now.getTime() - 3600 * 1000), notAfter: new Date(now.getTime() + VALID_YEARS * 365 * 24 * 3600 * 1000) }),
    subjectPublicKeyInfo: AsnConvert.parse(publicKey.export({ type: "spki", format: "der" }), SubjectPublicKeyInfo),
  });
  const signatureValue = sign("sha256", Buffer.from(AsnConvert.serialize(tbsCertificate)), privateKey);
  const der = Buffer.from(AsnConvert.serialize(new Certificate({ tbsCertificate, signatureAlgorithm: algorithm, signatureValue: new Uint8Array(signatureValue).buffer })));
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    certificatePem: new X509Certificate(der).toString(),
  };
}
