/*
 * Linked by an MSVC-style linker (lld-link: no C runtime, no MinGW libraries) against
 * ImSDK.lib only, to show that the import library is one MSVC's link accepts and that the
 * program then loads ImSDK.dll. Exit code 0: the version string came back from the DLL.
 */
#include "TIMManager.h"

__declspec(dllimport) void __stdcall ExitProcess(unsigned int code);

void start(void);

void start(void) {
    const char *version = TIMGetSDKVersion();
    uint64_t now = TIMGetServerTime();
    ExitProcess(version != 0 && version[0] == '8' && version[1] == '.' && now > 1600000000u ? 0 : 1);
}
