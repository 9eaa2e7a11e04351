/*
 * bcryptprimitives.dll for running Mamori's Windows build under Wine 8 (Debian 12) in tests.
 *
 * Rust's standard library (1.78+) gets random numbers from ProcessPrng in bcryptprimitives.dll,
 * which every Windows 10/11 has but Wine 8 does not: without it the .exe stops at load time with
 * STATUS_DLL_NOT_FOUND (c0000135). This stand-in exports ProcessPrng and fills the buffer with
 * RtlGenRandom (advapi32's SystemFunction036), which Wine has. Built by tests/windows/run.sh with
 * mingw and placed beside the .exe under test only; it is never shipped.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
