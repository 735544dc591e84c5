/*
 * A stand-in for bcryptprimitives.dll in the Wine prefix the tests use (never shipped).
 *
 * Rust's standard library (1.78 and later) asks Windows for random bytes with ProcessPrng
 * from bcryptprimitives.dll when a program starts. Wine 8.0, the version Debian 12 ships,
 * has that DLL without ProcessPrng, so every Rust program exits at once (code 53). Real
 * Windows 10 and 11 have it. This DLL provides ProcessPrng over RtlGenRandom
 * (SystemFunction036 in advapi32), which Wine implements with the host's random source.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
