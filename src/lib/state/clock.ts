/** The device's current time: the one place the settings page reads the clock (tests pass their own). */
export const systemClock = (): Date => new Date();
