"""Encrypt small secrets at rest with a key derived from the server secret (JWT_SECRET).

AES-256-GCM with a random nonce; the key is HKDF-SHA256 of the server secret with a purpose
label, so a database dump alone reveals no webhook secret, and the key differs from the JWT
signing key. Rotating JWT_SECRET makes stored secrets unreadable: rotate them afterwards.
"""

import base64
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12


class SecretBox:
    def __init__(self, server_secret: str, *, purpose: str) -> None:
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(
            server_secret.encode()
        )
        self._aead = AESGCM(key)
        self._purpose = purpose.encode()

    def seal(self, plaintext: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext.encode(), self._purpose)
        return base64.b64encode(nonce + sealed).decode()

    def open(self, token: str) -> str:
        raw = base64.b64decode(token)
        return self._aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], self._purpose).decode()
