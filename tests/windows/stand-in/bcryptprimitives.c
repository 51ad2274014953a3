/*
 * Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 does not ship. Rust's std
 * (1.78+) imports ProcessPrng from it (hash map seeds and the like), so without it no program
 * linked with ImSDK.dll starts under Wine. Windows 10 and later have the real one: this file is
 * built next to the test programs only and is never part of the SDK.
 */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
