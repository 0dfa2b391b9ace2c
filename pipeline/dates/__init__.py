"""Date detection and TIMEX3 normalisation of French text."""
