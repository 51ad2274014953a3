/**
 * @file
 * @brief The export macro and basic types shared by every timconv header.
 */
#ifndef TIMCONV_TIMCLOUDCOMM_H
#define TIMCONV_TIMCLOUDCOMM_H

#include <stddef.h>
#include <stdint.h>
#ifndef __cplusplus
#include <stdbool.h> /* bool is one byte, as in the SDK */
#endif

#if defined(_WIN32) || defined(__PROSPERO__) || defined(__ORBIS__)
#  if defined(ENABLE_STATIC_LIB)
#    define TIM_API
#  elif defined(TIM_EXPORTS)
#    define TIM_API __declspec(dllexport)
#  else
#    define TIM_API __declspec(dllimport)
#  endif
#else
/**
 * Marks an exported function: `__declspec(dllimport)` on Windows (`dllexport` when
 * `TIM_EXPORTS` is defined, nothing when `ENABLE_STATIC_LIB` is), default visibility elsewhere.
 */
#  define TIM_API __attribute__((visibility("default")))
#endif

/** The export macro's name before SDK 7.9, kept for source compatibility. */
#define TIM_DECL TIM_API

/* The calling convention of every function and callback: the C default, spelled out for 32-bit
 * Windows (where ImSDK.dll uses __cdecl) so that an app compiled with another default (MSVC
 * /Gz or /Gr) still calls the library, and is called back, correctly. Callback functions an app
 * passes must match the typedefs: declare them TIM_CALL (or __cdecl) in such an app. */
#if defined(_WIN32) && !defined(_WIN64)
/** The calling convention of every function and callback (`__cdecl` on 32-bit Windows). */
#  define TIM_CALL __cdecl
#else
/** The calling convention of every function and callback (the platform's C default here). */
#  define TIM_CALL
#endif

#endif /* TIMCONV_TIMCLOUDCOMM_H */
